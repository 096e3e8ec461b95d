//! Pieces every document shares: the context, placeholders, the parties'
//! blocks, amounts and period lines, plain-text and `mailto:` rendering.

use super::{Block, BlockKind, DraftOptions, Tone};
use crate::assessment::Assessment;
use crate::calendar::add_days;
use crate::input::{Input, Relationship};
use crate::locale::{self, Lang};
use crate::penalty::{Period, RateBasis};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Days a reminder letter or a claim gives to pay.
pub const LETTER_PAYMENT_DAYS: i64 = 8;

/// What a document is written from.
pub struct Context<'a> {
    pub input: &'a Input,
    pub a: &'a Assessment,
    pub lang: Lang,
    pub tone: Tone,
    pub registered: bool,
    pub mention_penalties: bool,
}

pub fn block(kind: BlockKind, lines: Vec<String>) -> Block {
    Block { kind, lines }
}

pub fn para(text: String) -> Block {
    Block {
        kind: BlockKind::Paragraph,
        lines: vec![text],
    }
}

impl<'a> Context<'a> {
    pub fn new(input: &'a Input, a: &'a Assessment, options: &DraftOptions) -> Context<'a> {
        Context {
            input,
            a,
            lang: options.lang,
            tone: options.tone,
            registered: options.registered,
            mention_penalties: options.mention_penalties,
        }
    }

    /// The French or the English text.
    pub fn t(&self, fr: &str, en: &str) -> String {
        match self.lang {
            Lang::Fr => fr.to_string(),
            Lang::En => en.to_string(),
        }
    }

    pub fn euros(&self, d: Decimal) -> String {
        locale::euros(d, self.lang)
    }

    pub fn date(&self, d: NaiveDate) -> String {
        locale::date(d, self.lang)
    }

    pub fn percent(&self, d: Decimal) -> String {
        locale::percent(d, self.lang)
    }

    pub fn rel(&self) -> Relationship {
        self.input.relationship
    }

    /// The invoice number, or its placeholder.
    pub fn number(&self) -> String {
        match self.input.number.as_str() {
            "" => self.t("[N° de facture]", "[Invoice number]"),
            n => n.to_string(),
        }
    }

    /// `facture n° F-1 du 1er juillet 2025` / `invoice F-1 of 1 July 2025`.
    pub fn invoice_ref(&self) -> String {
        match self.lang {
            Lang::Fr => format!(
                "facture n° {} du {}",
                self.number(),
                self.date(self.input.issue_date)
            ),
            Lang::En => format!(
                "invoice {} dated {}",
                self.number(),
                self.date(self.input.issue_date)
            ),
        }
    }

    pub fn creditor_name(&self) -> String {
        self.input
            .parties
            .creditor
            .name
            .clone()
            .unwrap_or_else(|| self.t("[Votre raison sociale]", "[Your business name]"))
    }

    pub fn debtor_name(&self) -> String {
        self.input
            .parties
            .debtor
            .name
            .clone()
            .unwrap_or_else(|| self.t("[Nom du client]", "[Client name]"))
    }

    pub fn signatory(&self) -> String {
        self.input
            .parties
            .creditor
            .contact
            .clone()
            .unwrap_or_else(|| self.t("[Nom du signataire]", "[Signatory's name]"))
    }

    pub fn payment_details(&self) -> String {
        self.input
            .parties
            .creditor
            .payment_details
            .clone()
            .unwrap_or_else(|| {
                self.t(
                    "[Coordonnées bancaires (IBAN) ou autre moyen de paiement]",
                    "[Bank details (IBAN) or other means of payment]",
                )
            })
    }

    /// The document's date: the assessment date.
    pub fn today(&self) -> NaiveDate {
        self.a.as_of
    }

    /// The document's date plus `days`.
    pub fn deadline(&self, days: i64) -> NaiveDate {
        add_days(self.today(), days).unwrap_or(self.today())
    }

    pub fn sender(&self) -> Block {
        let c = &self.input.parties.creditor;
        let mut lines = vec![self.creditor_name()];
        lines.extend(address_lines(c.address.as_deref(), || {
            self.t("[Votre adresse]", "[Your address]")
        }));
        let siret = c
            .siret
            .clone()
            .unwrap_or_else(|| self.t("[N° SIRET]", "[SIRET number]"));
        lines.push(format!("SIRET{} {siret}", self.t(" :", ":")));
        if let Some(email) = &c.email {
            lines.push(email.clone());
        }
        block(BlockKind::Sender, lines)
    }

    pub fn recipient(&self) -> Block {
        let d = &self.input.parties.debtor;
        let mut lines = vec![self.debtor_name()];
        if let Some(contact) = &d.contact {
            lines.push(match self.lang {
                Lang::Fr => format!("À l'attention de {contact}"),
                Lang::En => format!("For the attention of {contact}"),
            });
        }
        lines.extend(address_lines(d.address.as_deref(), || {
            self.t("[Adresse du client]", "[Client address]")
        }));
        block(BlockKind::Recipient, lines)
    }

    pub fn place_date(&self) -> Block {
        let city = self
            .input
            .parties
            .creditor
            .city
            .clone()
            .unwrap_or_else(|| self.t("[Ville]", "[City]"));
        let line = match self.lang {
            Lang::Fr => format!("{city}, le {}", self.date(self.today())),
            Lang::En => format!("{city}, {}", self.date(self.today())),
        };
        block(BlockKind::PlaceDate, vec![line])
    }

    pub fn registered_mention(&self) -> Block {
        block(
            BlockKind::Mention,
            vec![self.t(
                "Lettre recommandée avec accusé de réception",
                "Registered letter with acknowledgement of receipt",
            )],
        )
    }

    pub fn subject_line(&self, subject: &str) -> Block {
        block(
            BlockKind::Subject,
            vec![format!("{}{subject}", self.t("Objet : ", "Subject: "))],
        )
    }

    pub fn reference(&self) -> Block {
        let line = match self.lang {
            Lang::Fr => format!(
                "Réf. : facture n° {} du {}, échue le {}",
                self.number(),
                self.date(self.input.issue_date),
                self.date(self.input.due_date)
            ),
            Lang::En => format!(
                "Ref.: invoice {} dated {}, due on {}",
                self.number(),
                self.date(self.input.issue_date),
                self.date(self.input.due_date)
            ),
        };
        block(BlockKind::Reference, vec![line])
    }

    pub fn salutation(&self) -> Block {
        block(
            BlockKind::Salutation,
            vec![self.t("Madame, Monsieur,", "Dear Sir or Madam,")],
        )
    }

    pub fn letter_closing(&self) -> Block {
        block(
            BlockKind::Closing,
            vec![self.t(
                "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
                "Yours faithfully,",
            )],
        )
    }

    pub fn signature(&self) -> Block {
        block(
            BlockKind::Signature,
            vec![self.signatory(), self.creditor_name()],
        )
    }

    /// What the penalties are called for this client.
    pub fn penalties_word(&self) -> String {
        match self.rel() {
            Relationship::Business => self.t("pénalités de retard", "late-payment penalties"),
            Relationship::Public => self.t("intérêts moratoires", "late-payment interest"),
            Relationship::Consumer => {
                self.t("intérêts au taux légal", "interest at the legal rate")
            }
        }
    }

    /// `pénalités et indemnité comprises`: what the total includes.
    pub fn total_includes(&self) -> String {
        match self.rel() {
            Relationship::Business => self.t(
                "pénalités et indemnité comprises",
                "penalties and indemnity included",
            ),
            Relationship::Public => self.t(
                "intérêts moratoires et indemnité compris",
                "late-payment interest and indemnity included",
            ),
            Relationship::Consumer => self.t("intérêts compris", "interest included"),
        }
    }

    /// The amounts owed, one line each, the total last.
    pub fn amounts(&self, with_principal: bool) -> Block {
        let m = &self.a.amounts;
        let mut lines = Vec::new();
        let label = |fr: &str, en: &str, v: Decimal| match self.lang {
            Lang::Fr => format!("{fr} : {}", self.euros(v)),
            Lang::En => format!("{en}: {}", self.euros(v)),
        };
        if with_principal {
            lines.push(label(
                "Principal restant dû",
                "Principal outstanding",
                m.principal.0,
            ));
        }
        if !m.penalties.0.is_zero() || self.rel() != Relationship::Consumer {
            let word = self.penalties_word();
            let (fr, en) = (capitalise(&word), capitalise(&word));
            if self.a.status == crate::assessment::Status::PaidLate {
                lines.push(label(&fr, &en, m.penalties.0));
            } else {
                let at = self.date(self.today());
                lines.push(label(
                    &format!("{fr} au {at}"),
                    &format!("{en} to {at}"),
                    m.penalties.0,
                ));
            }
        }
        if !m.indemnity.0.is_zero() {
            lines.push(label(
                "Indemnité forfaitaire pour frais de recouvrement",
                "Fixed indemnity for recovery costs",
                m.indemnity.0,
            ));
        }
        if !m.extra_costs.0.is_zero() {
            lines.push(label(
                "Frais de recouvrement complémentaires (sur justificatifs)",
                "Additional recovery costs (receipts available)",
                m.extra_costs.0,
            ));
        }
        lines.push(label("Total dû", "Total due", m.total.0));
        block(BlockKind::Amounts, lines)
    }

    /// One line per penalty period, with its rate and basis.
    pub fn periods(&self) -> Option<Block> {
        if self.a.periods.is_empty() {
            return None;
        }
        Some(block(
            BlockKind::List,
            self.a.periods.iter().map(|p| self.period_line(p)).collect(),
        ))
    }

    fn period_line(&self, p: &Period) -> String {
        let reference = self.percent(p.reference_percent.0);
        let basis = match (p.rate_basis, self.lang) {
            (RateBasis::EcbPlus10, Lang::Fr) => {
                format!("taux de refinancement de la BCE de {reference} majoré de 10 points")
            }
            (RateBasis::EcbPlus10, Lang::En) => {
                format!("ECB refinancing rate of {reference} plus 10 points")
            }
            (RateBasis::EcbPlus8, Lang::Fr) => {
                format!("taux de refinancement de la BCE de {reference} majoré de 8 points")
            }
            (RateBasis::EcbPlus8, Lang::En) => {
                format!("ECB refinancing rate of {reference} plus 8 points")
            }
            (RateBasis::ThreeTimesLegal, Lang::Fr) => {
                format!("trois fois le taux de l'intérêt légal de {reference}")
            }
            (RateBasis::ThreeTimesLegal, Lang::En) => {
                format!("three times the legal interest rate of {reference}")
            }
            (RateBasis::LegalFloor, Lang::Fr) => {
                format!("minimum légal de trois fois le taux de l'intérêt légal de {reference}")
            }
            (RateBasis::LegalFloor, Lang::En) => {
                format!("legal minimum of three times the legal interest rate of {reference}")
            }
            (RateBasis::Fixed, Lang::Fr) => {
                "taux prévu par nos conditions générales de vente".to_string()
            }
            (RateBasis::Fixed, Lang::En) => "rate set in our terms of sale".to_string(),
            (RateBasis::Legal, Lang::Fr) => "taux de l'intérêt légal".to_string(),
            (RateBasis::Legal, Lang::En) => "legal interest rate".to_string(),
        };
        let span = match self.lang {
            Lang::Fr => format!("du {} au {} :", self.date(p.from), self.date(p.to)),
            Lang::En => format!("{} to {}:", self.date(p.from), self.date(p.to)),
        };
        format!(
            "{span} {} × {} × {}/{} = {} ({basis})",
            self.euros(p.base.0),
            self.percent(p.rate_percent.0),
            p.days,
            p.divisor,
            self.euros(p.amount.0)
        )
    }

    /// `Sauf erreur ... ` sentence part naming the reminders already sent.
    pub fn reminders_sent(&self) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = self
            .input
            .actions
            .iter()
            .filter(|a| {
                matches!(
                    a.step,
                    crate::dunning::Step::FriendlyReminder | crate::dunning::Step::ReminderLetter
                )
            })
            .map(|a| a.date)
            .collect();
        dates.sort();
        dates
    }

    /// `du 2 août 2025 et du 20 août 2025` / `2 August 2025 and 20 August 2025`.
    pub fn date_list(&self, dates: &[NaiveDate]) -> String {
        let words: Vec<String> = dates
            .iter()
            .map(|d| match self.lang {
                Lang::Fr => format!("du {}", self.date(*d)),
                Lang::En => self.date(*d),
            })
            .collect();
        match words.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.t("et", "and")),
        }
    }
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// The lines of a multi-line address, or its placeholder.
fn address_lines(address: Option<&str>, placeholder: impl Fn() -> String) -> Vec<String> {
    let lines: Vec<String> = address
        .into_iter()
        .flat_map(str::lines)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    if lines.is_empty() {
        vec![placeholder()]
    } else {
        lines
    }
}

/// The whole document as plain text: blocks separated by a blank line,
/// list items behind a dash.
pub fn render_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (i, b) in blocks.iter().enumerate() {
        if i > 0 {
            out.push_str("\n\n");
        }
        let lines: Vec<String> = match b.kind {
            BlockKind::List => b.lines.iter().map(|l| format!("- {l}")).collect(),
            _ => b.lines.clone(),
        };
        out.push_str(&lines.join("\n"));
    }
    out.push('\n');
    out
}

/// Percent-encodes UTF-8 text for a `mailto:` URL (RFC 6068, RFC 3986):
/// everything but unreserved characters; line breaks become `%0D%0A`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    let normalised = text.replace("\r\n", "\n").replace('\n', "\r\n");
    for b in normalised.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `mailto:` URL with recipient (when known), subject and body.
///
/// ```text
/// mailto:client%40example.fr?subject=...&body=...
/// ```
pub fn mailto(to: Option<&str>, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to.unwrap_or(""), b"@"),
        encode(subject, b""),
        encode(body, b"")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encoding() {
        let url = mailto(
            Some("a.b@example.fr"),
            "Facture n° 1 & co",
            "Ligne 1\nLigne 2 ?",
        );
        assert_eq!(
            url,
            "mailto:a.b@example.fr?subject=Facture%20n%C2%B0%201%20%26%20co&body=Ligne%201%0D%0ALigne%202%20%3F"
        );
        assert!(mailto(None, "x", "y").starts_with("mailto:?subject=x"));
    }

    #[test]
    fn text_rendering() {
        let blocks = vec![
            para("A".into()),
            block(BlockKind::List, vec!["x".into(), "y".into()]),
        ];
        assert_eq!(render_text(&blocks), "A\n\n- x\n- y\n");
    }
}
