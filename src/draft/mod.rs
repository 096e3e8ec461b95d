//! Copy-ready documents: the reminder email, the reminder letter, the formal
//! notice, the claim after a late payment, and the recourse note.
//!
//! A [`Draft`] is built from a validated [`Input`] and the [`Assessment`] of
//! that same input, so every figure it shows is one the engine computed. It
//! comes as typed [`Block`]s a page can lay out as a French business letter
//! (sender, recipient, place and date, registered-mail mention, subject,
//! reference, salutation, paragraphs, lists, closing, signature), and as
//! plain text ready to paste. Emails also have a subject, a body and a
//! `mailto:` URL.
//!
//! Every text is written for both languages in the module of its document;
//! the parties' details the caller left out become visible placeholders such
//! as `[Adresse du client]`, never empty gaps.

mod email;
mod letter;
mod parts;
mod recourse;

use crate::assessment::{assess, Assessment, Status};
use crate::dunning::Step;
use crate::error::{Error, ErrorKind};
use crate::input::Input;
use crate::locale::Lang;
use crate::value::{Fields, Value};
use serde::Serialize;

/// Which document a draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DraftKind {
    /// The cordial reminder email.
    FriendlyReminder,
    /// The reminder letter, simple or registered.
    ReminderLetter,
    /// The formal notice ("mise en demeure de payer"), registered with
    /// acknowledgement of receipt.
    FormalNotice,
    /// The claim for penalties and indemnity after a late payment.
    PaidLate,
    /// A note for the user on the ways to recover the debt.
    Recourse,
}

/// How firm a reminder sounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    /// Courteous, for a client one wants to keep (default).
    #[default]
    Cordial,
    /// Direct, with a dated deadline.
    Firm,
}

/// Options of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftOptions {
    /// The document; `None` drafts the step the assessment recommends.
    pub kind: Option<DraftKind>,
    /// Language of the document.
    pub lang: Lang,
    /// Tone of the reminders.
    pub tone: Tone,
    /// Send the reminder letter registered (default: simple).
    pub registered: bool,
    /// Mention penalties and the indemnity in the reminder email (default
    /// true; leave them out for a first, friendly nudge).
    pub mention_penalties: bool,
}

impl Default for DraftOptions {
    fn default() -> DraftOptions {
        DraftOptions {
            kind: None,
            lang: Lang::Fr,
            tone: Tone::Cordial,
            registered: false,
            mention_penalties: true,
        }
    }
}

impl DraftOptions {
    /// Reads the JS API's options object (`{step?, lang?, tone?,
    /// registered?, mentionPenalties?}`); `Value::Null` gives the defaults.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming the option (`options.step`, ...) when it is not
    /// one of the allowed values.
    pub fn from_value(value: &Value) -> Result<DraftOptions, Error> {
        let mut out = DraftOptions::default();
        if *value == Value::Null {
            return Ok(out);
        }
        let mut f = Fields::of(value, "draftOptions")?;
        out.kind = match f.text("step")? {
            None => None,
            Some("friendlyReminder") => Some(DraftKind::FriendlyReminder),
            Some("reminderLetter") => Some(DraftKind::ReminderLetter),
            Some("formalNotice") => Some(DraftKind::FormalNotice),
            Some("penaltyClaim" | "paidLate") => Some(DraftKind::PaidLate),
            Some("recourse") => Some(DraftKind::Recourse),
            Some(_) => return Err(Error::new(ErrorKind::UnknownStep, f.path("step"))),
        };
        out.lang = match f.text("lang")? {
            None | Some("fr") => Lang::Fr,
            Some("en") => Lang::En,
            Some(_) => return Err(Error::new(ErrorKind::UnknownOptionValue, f.path("lang"))),
        };
        out.tone = match f.text("tone")? {
            None | Some("cordial") => Tone::Cordial,
            Some("firm") => Tone::Firm,
            Some(_) => return Err(Error::new(ErrorKind::UnknownOptionValue, f.path("tone"))),
        };
        for (name, slot) in [
            ("registered", &mut out.registered),
            ("mentionPenalties", &mut out.mention_penalties),
        ] {
            match f.get(name) {
                None => {}
                Some(Value::Bool(b)) => *slot = *b,
                Some(_) => return Err(Error::new(ErrorKind::InvalidType, f.path(name))),
            }
        }
        f.finish()?;
        Ok(out)
    }
}

/// What a block of a document is, so a page can lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// The sender's name, address and identifiers (top left).
    Sender,
    /// The recipient's name and address (where a window envelope shows it).
    Recipient,
    /// `Paris, le 10 septembre 2025`.
    PlaceDate,
    /// `Lettre recommandée avec accusé de réception`.
    Mention,
    /// The subject line (`Objet : ...`), or an email's subject.
    Subject,
    /// The reference line.
    Reference,
    /// `Madame, Monsieur,`.
    Salutation,
    /// A heading inside a note.
    Heading,
    /// A paragraph: one line.
    Paragraph,
    /// A list: one item a line.
    List,
    /// Amounts, one `label: amount` a line; the last line is the total.
    Amounts,
    /// The closing formula.
    Closing,
    /// The signature lines.
    Signature,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Its lines, in order.
    pub lines: Vec<String>,
}

/// A copy-ready document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// Which document.
    pub kind: DraftKind,
    /// `fr` or `en`.
    pub lang: &'static str,
    /// The email's subject, or the letter's subject line without `Objet :`.
    pub subject: Option<String>,
    /// For emails: the body, ready for a mail program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The document, block by block.
    pub blocks: Vec<Block>,
    /// The whole document as plain text.
    pub text: String,
    /// For emails: a `mailto:` URL with subject and body (RFC 6068).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailto: Option<String>,
}

/// Drafts a document for `input`.
///
/// # Errors
///
/// The errors of [`assess`], and [`ErrorKind::NothingToDraft`] when no
/// document is needed (an invoice paid on time, or nothing owed after a
/// late payment) or the chosen one does not fit (a late-payment claim for
/// an invoice that is not paid).
///
/// # Example
///
/// ```
/// use relance::draft::{draft, DraftKind, DraftOptions};
/// use relance::Input;
/// use chrono::NaiveDate;
///
/// let json = r#"{"asOf": "2025-10-15", "relationship": "b2b",
///   "invoice": {"number": "F-2025-031", "issueDate": "2025-07-01",
///               "dueDate": "2025-07-31", "amount": "1 200,00"}}"#;
/// let today = NaiveDate::from_ymd_opt(2025, 10, 15).unwrap();
/// let input = Input::from_deserializer(&mut serde_json::Deserializer::from_str(json), today)?;
/// let options = DraftOptions { kind: Some(DraftKind::FormalNotice), ..DraftOptions::default() };
/// let letter = draft(&input, &options)?;
/// assert!(letter.text.contains("mise en demeure de payer"));
/// assert!(letter.text.contains("[Adresse du client]"));
/// # Ok::<(), relance::Error>(())
/// ```
pub fn draft(input: &Input, options: &DraftOptions) -> Result<Draft, Error> {
    let assessment = assess(input)?;
    let kind = match options.kind {
        Some(kind) => kind,
        None => recommended(&assessment)?,
    };
    let nothing = || Error::new(ErrorKind::NothingToDraft, "draftOptions.step");
    if kind == DraftKind::PaidLate
        && (assessment.status != Status::PaidLate || assessment.amounts.total.0.is_zero())
    {
        return Err(nothing());
    }
    if assessment.status == Status::Paid {
        return Err(nothing());
    }
    let ctx = parts::Context::new(input, &assessment, options);
    let (subject, blocks) = match kind {
        DraftKind::FriendlyReminder => email::friendly_reminder(&ctx),
        DraftKind::ReminderLetter => letter::reminder_letter(&ctx),
        DraftKind::FormalNotice => letter::formal_notice(&ctx),
        DraftKind::PaidLate => letter::paid_late(&ctx),
        DraftKind::Recourse => recourse::summary(&ctx),
    };
    let text = parts::render_text(&blocks);
    let (body, mailto) = if kind == DraftKind::FriendlyReminder {
        let body = parts::render_text(&blocks[1..]);
        let mailto = parts::mailto(
            input.parties.debtor.email.as_deref(),
            subject.as_deref().unwrap_or(""),
            &body,
        );
        (Some(body), Some(mailto))
    } else {
        (None, None)
    };
    Ok(Draft {
        kind,
        lang: match options.lang {
            Lang::Fr => "fr",
            Lang::En => "en",
        },
        subject,
        body,
        blocks,
        text,
        mailto,
    })
}

/// The document for the step the assessment recommends, or for the next
/// planned step when nothing is due today.
fn recommended(a: &Assessment) -> Result<DraftKind, Error> {
    let step = match a.step.id {
        Step::None => a.next_step.as_ref().map_or(Step::None, |n| n.id),
        step => step,
    };
    match step {
        Step::FriendlyReminder => Ok(DraftKind::FriendlyReminder),
        Step::ReminderLetter => Ok(DraftKind::ReminderLetter),
        Step::FormalNotice => Ok(DraftKind::FormalNotice),
        Step::Recourse => Ok(DraftKind::Recourse),
        Step::PenaltyClaim => Ok(DraftKind::PaidLate),
        Step::None => Err(Error::new(ErrorKind::NothingToDraft, "draftOptions.step")),
    }
}
