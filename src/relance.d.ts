/** A decimal amount: a string such as "1200.50" or "1 200,50", or a number. */
export type AmountInput = string | number;
/** An ISO date, "YYYY-MM-DD". */
export type IsoDate = string;
/** A decimal string with two decimals, e.g. "1251.98". */
export type AmountText = string;
/** A percent as a decimal string, e.g. "12.15". */
export type PercentText = string;

export type Relationship = "b2b" | "b2c" | "public";
export type LadderStepId = "friendlyReminder" | "reminderLetter" | "formalNotice" | "recourse";
export type StepId = "none" | LadderStepId | "penaltyClaim";

export interface PartyInput {
  name?: string;
  /** Postal address; several lines separated by "\n". */
  address?: string;
  siret?: string;
  contact?: string;
  email?: string;
  city?: string;
  /** Creditor only: how to pay (bank details, IBAN...). */
  paymentDetails?: string;
}

export interface AssessInput {
  /** Assessment date; today in the user's time zone when omitted. */
  asOf?: IsoDate;
  relationship: Relationship;
  invoice: { number?: string; issueDate: IsoDate; dueDate: IsoDate; amount: AmountInput };
  penaltyRate?: { mode: "default" | "threeTimesLegal" | "fixed"; percent?: AmountInput };
  payments?: { date: IsoDate; amount: AmountInput }[];
  actions?: { step: LadderStepId | "penaltyClaim"; date: IsoDate }[];
  options?: {
    dayCount?: "actual365" | "actualActual";
    paymentImputation?: "principalFirst" | "interestFirst";
    extraRecoveryCosts?: AmountInput;
    letterAfterDays?: number;
    formalNoticeAfterDays?: number;
    formalNoticeAfterLetterDays?: number;
    /** 8 to 15. */
    formalNoticeDeadlineDays?: number;
    rateOverrides?: { halfYear: string; ecbPercent?: AmountInput; legalPercent?: AmountInput }[];
  };
  parties?: { creditor?: PartyInput; debtor?: PartyInput };
}

export type RateBasis = "ecbPlus10" | "threeTimesLegal" | "fixed" | "legalFloor" | "legal" | "ecbPlus8";

export interface Period {
  from: IsoDate;
  to: IsoDate;
  days: number;
  ratePercent: PercentText;
  rateBasis: RateBasis;
  referenceKind: "ecb" | "legal";
  referencePercent: PercentText;
  /** "YYYY-H1" or "YYYY-H2". */
  referenceHalfYear: string;
  rateSource: string;
  provisional: boolean;
  overridden: boolean;
  statedPercent: PercentText | null;
  divisor: number;
  base: AmountText;
  amount: AmountText;
}

export interface ScheduleEntry {
  id: LadderStepId | "penaltyClaim";
  status: "done" | "due" | "upcoming" | "skipped" | "notNeeded";
  date: IsoDate | null;
  /** Formal notice only: the last day it gives to pay. */
  deadline?: IsoDate;
  channel: "email" | "letter" | "registeredLetter" | "none";
}

export interface Warning {
  code: string;
  message: string;
  messageEn: string;
  halfYear?: string;
}

export interface Assessment {
  asOf: IsoDate;
  status: "notDue" | "overdue" | "paid" | "paidLate";
  daysLate: number;
  amounts: {
    invoice: AmountText;
    paid: AmountText;
    principal: AmountText;
    penalties: AmountText;
    penaltiesAccrued: AmountText;
    penaltiesPaid: AmountText;
    indemnity: AmountText;
    extraCosts: AmountText;
    total: AmountText;
  };
  periods: Period[];
  provisional: boolean;
  step: { id: StepId; dueSince: IsoDate | null };
  nextStep: { id: StepId; date: IsoDate } | null;
  schedule: ScheduleEntry[];
  prescription: { date: IsoDate | null; years: number; article: string };
  recourse: {
    id: "agency" | "injonctionDePayer" | "refereProvision" | "smallClaims";
    court?: string;
    form?: string;
    article?: string;
  }[];
  warnings: Warning[];
  legalBasis: string[];
}

export interface RatesReport {
  legal: { halfYear: string; individualPercent: PercentText; otherPercent: PercentText; status: "confirmed" | "unconfirmed"; source: string }[];
  ecb: { from: IsoDate; percent: PercentText; status: "confirmed" | "unconfirmed"; source: string }[];
  lastLegalHalfYear: string | null;
  ecbConfirmedThrough: IsoDate | null;
}

export interface DraftOptions {
  /** The document; without it, the step `assess` recommends (or the next one). */
  step?: LadderStepId | "penaltyClaim" | "paidLate";
  lang?: "fr" | "en";
  /** Reminders only. */
  tone?: "cordial" | "firm";
  /** Reminder letter: registered rather than simple. */
  registered?: boolean;
  /** Reminder email: mention penalties and the indemnity (default true). */
  mentionPenalties?: boolean;
}

export type BlockKind =
  | "sender" | "recipient" | "placeDate" | "mention" | "subject" | "reference" | "salutation"
  | "heading" | "paragraph" | "list" | "amounts" | "closing" | "signature";

export interface Draft {
  kind: "friendlyReminder" | "reminderLetter" | "formalNotice" | "paidLate" | "recourse";
  lang: "fr" | "en";
  subject: string | null;
  /** Emails only. */
  body?: string;
  blocks: { kind: BlockKind; lines: string[] }[];
  /** The whole document as plain text. */
  text: string;
  /** Emails only: mailto: URL with recipient (when known), subject and body. */
  mailto?: string;
}

/** What `assess`, `draft` and `rates` throw. */
export interface RelanceError extends Error {
  code: string;
  /** Path of the input field, e.g. "payments[0].amount"; "" for the whole input. */
  field: string;
  messageFr: string;
  messageEn: string;
}
