//! The dunning ladder: which step is due today, and when the next one is.
//!
//! # The ladder
//!
//! | step | from (default) | channel |
//! |---|---|---|
//! | [`Step::FriendlyReminder`] | due date + 1 | email |
//! | [`Step::ReminderLetter`] | due date + 15 | letter |
//! | [`Step::FormalNotice`] | due date + 30, and 8 days after the letter | registered letter with acknowledgement |
//! | [`Step::Recourse`] | the day after the formal notice's deadline (8 to 15 days) | - |
//!
//! Steps are taken in order; a step the user took without the earlier ones
//! marks those as skipped. The step recommended today is the first one not
//! taken after the last one taken, if it is due; each later step is planned
//! from the previous one's date, so a document's date is never before the
//! previous one's. A consumer's formal notice also starts interest running.
//!
//! An invoice paid in full after its due date has one step of its own,
//! [`Step::PenaltyClaim`], to claim what the late payment still owes.

use crate::calendar::add_days;
use crate::input::Action;
use chrono::NaiveDate;
use serde::Serialize;

/// A dunning step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// Nothing to do today.
    None,
    /// A cordial email.
    FriendlyReminder,
    /// A letter, simple or registered.
    ReminderLetter,
    /// A registered letter with acknowledgement: "mise en demeure de payer".
    FormalNotice,
    /// Recovery agency or court.
    Recourse,
    /// Claim the penalties and indemnity left after a late payment.
    PenaltyClaim,
}

/// The four steps of the ladder, in order.
pub const LADDER: [Step; 4] = [
    Step::FriendlyReminder,
    Step::ReminderLetter,
    Step::FormalNotice,
    Step::Recourse,
];

impl Step {
    /// The name used in the JS API.
    pub fn name(self) -> &'static str {
        match self {
            Step::None => "none",
            Step::FriendlyReminder => "friendlyReminder",
            Step::ReminderLetter => "reminderLetter",
            Step::FormalNotice => "formalNotice",
            Step::Recourse => "recourse",
            Step::PenaltyClaim => "penaltyClaim",
        }
    }

    /// The step with that API name.
    pub fn from_name(name: &str) -> Option<Step> {
        [
            Step::None,
            Step::FriendlyReminder,
            Step::ReminderLetter,
            Step::FormalNotice,
            Step::Recourse,
            Step::PenaltyClaim,
        ]
        .into_iter()
        .find(|s| s.name() == name)
    }

    /// How the step is sent.
    pub fn channel(self) -> Channel {
        match self {
            Step::FriendlyReminder => Channel::Email,
            Step::ReminderLetter | Step::PenaltyClaim => Channel::Letter,
            Step::FormalNotice => Channel::RegisteredLetter,
            Step::None | Step::Recourse => Channel::None,
        }
    }
}

/// How a step is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Channel {
    /// An email.
    Email,
    /// A letter (simple or registered).
    Letter,
    /// A registered letter with acknowledgement of receipt.
    RegisteredLetter,
    /// Nothing is sent to the client.
    None,
}

/// The ladder's timings, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LadderOptions {
    /// Reminder letter from the due date + this (default 15).
    pub letter_after_days: u32,
    /// Formal notice from the due date + this (default 30).
    pub formal_notice_after_days: u32,
    /// Formal notice at least this long after the letter (default 8).
    pub formal_notice_after_letter_days: u32,
    /// Days the formal notice gives to pay, 8 to 15 (default 8).
    pub formal_notice_deadline_days: u32,
}

impl Default for LadderOptions {
    fn default() -> LadderOptions {
        LadderOptions {
            letter_after_days: 15,
            formal_notice_after_days: 30,
            formal_notice_after_letter_days: 8,
            formal_notice_deadline_days: 8,
        }
    }
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum StepStatus {
    /// Taken, on its date.
    Done,
    /// To take now; due since its date.
    Due,
    /// Planned for its date.
    Upcoming,
    /// Passed over: a later step was taken.
    Skipped,
    /// Not needed: the invoice is paid.
    NotNeeded,
}

/// One step of the schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleEntry {
    /// The step.
    #[serde(rename = "id")]
    pub step: Step,
    /// Where it stands.
    pub status: StepStatus,
    /// Done: the date taken; due: since when; upcoming: the planned date.
    #[serde(serialize_with = "crate::assessment::ser_opt_date")]
    pub date: Option<NaiveDate>,
    /// For the formal notice: the last day it gives the client to pay.
    #[serde(
        serialize_with = "crate::assessment::ser_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub deadline: Option<NaiveDate>,
    /// How it is sent.
    pub channel: Channel,
}

/// Where the invoice stands, as the ladder needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Situation {
    /// Owed, due or not yet.
    Unpaid,
    /// Paid in full on time.
    PaidOnTime,
    /// Paid in full late; `claim_from` is when a claim makes sense, and
    /// `owed` whether anything is left to claim.
    PaidLate {
        /// From when to claim.
        claim_from: NaiveDate,
        /// Whether penalties or an indemnity remain.
        owed: bool,
    },
}

/// The ladder's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The step to take today ([`Step::None`] when there is none).
    pub step: Step,
    /// Since when it is due.
    pub due_since: Option<NaiveDate>,
    /// The next planned step and its date.
    pub next: Option<(Step, NaiveDate)>,
    /// Every step with its status.
    pub schedule: Vec<ScheduleEntry>,
}

fn later(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, None) => a,
        (None, b) => b,
    }
}

fn plus(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    add_days(date, i64::from(days))
}

/// Plans the ladder for an invoice due on `due` as of `as_of`.
pub fn plan(
    due: NaiveDate,
    as_of: NaiveDate,
    situation: Situation,
    actions: &[Action],
    options: &LadderOptions,
) -> Plan {
    let taken = |step: Step| {
        actions
            .iter()
            .filter(|a| a.step == step)
            .map(|a| a.date)
            .max()
    };
    let last_taken = LADDER.iter().rposition(|s| taken(*s).is_some());
    let paid = situation != Situation::Unpaid;

    let mut schedule = Vec::with_capacity(LADDER.len() + 1);
    let mut previous: Option<NaiveDate> = None; // date of the previous step, taken or planned
    let mut recommended: Option<(Step, NaiveDate)> = None;
    for (i, &step) in LADDER.iter().enumerate() {
        let (earliest, gap) = match step {
            Step::FriendlyReminder => (plus(due, 1), 0),
            Step::ReminderLetter => (plus(due, options.letter_after_days), 0),
            Step::FormalNotice => (
                plus(due, options.formal_notice_after_days),
                options.formal_notice_after_letter_days,
            ),
            _ => (None, options.formal_notice_deadline_days + 1),
        };
        let from_previous = previous.and_then(|p| plus(p, gap));
        let planned = later(earliest, from_previous);
        let (status, date) = if let Some(done) = taken(step) {
            (StepStatus::Done, Some(done))
        } else if last_taken.is_some_and(|last| i < last) {
            (StepStatus::Skipped, None)
        } else if paid {
            (StepStatus::NotNeeded, None)
        } else if recommended.is_none() && planned.is_some_and(|p| p <= as_of) && as_of > due {
            recommended = planned.map(|p| (step, p));
            (StepStatus::Due, planned)
        } else {
            (StepStatus::Upcoming, planned)
        };
        // What the next step is planned from: the date taken, today for the
        // step due now, the planned date otherwise.
        previous = match status {
            StepStatus::Done => date,
            StepStatus::Due => Some(as_of),
            StepStatus::Skipped => previous,
            _ => date,
        };
        let deadline = (step == Step::FormalNotice)
            .then(|| {
                if status == StepStatus::Due {
                    Some(as_of)
                } else {
                    date
                }
            })
            .flatten()
            .and_then(|d| plus(d, options.formal_notice_deadline_days));
        schedule.push(ScheduleEntry {
            step,
            status,
            date,
            deadline,
            channel: step.channel(),
        });
    }

    if let Situation::PaidLate { claim_from, owed } = situation {
        let claimed = taken(Step::PenaltyClaim);
        let status = match (claimed, owed) {
            (Some(_), _) => StepStatus::Done,
            (None, false) => StepStatus::NotNeeded,
            (None, true) if claim_from <= as_of => StepStatus::Due,
            (None, true) => StepStatus::Upcoming,
        };
        let date = claimed.or(owed.then_some(claim_from));
        schedule.push(ScheduleEntry {
            step: Step::PenaltyClaim,
            status,
            date,
            deadline: None,
            channel: Step::PenaltyClaim.channel(),
        });
        let next = (status == StepStatus::Upcoming).then_some((Step::PenaltyClaim, claim_from));
        return match status {
            StepStatus::Due => Plan {
                step: Step::PenaltyClaim,
                due_since: Some(claim_from),
                next: None,
                schedule,
            },
            _ => Plan {
                step: Step::None,
                due_since: None,
                next,
                schedule,
            },
        };
    }

    let next = schedule
        .iter()
        .find(|e| e.status == StepStatus::Upcoming)
        .and_then(|e| Some((e.step, e.date?)));
    match recommended {
        Some((step, since)) => Plan {
            step,
            due_since: Some(since),
            next,
            schedule,
        },
        None if !paid && last_taken == Some(LADDER.len() - 1) => {
            // Recourse under way: it stays the current step.
            Plan {
                step: Step::Recourse,
                due_since: taken(Step::Recourse),
                next: None,
                schedule,
            }
        }
        None => Plan {
            step: Step::None,
            due_since: None,
            next,
            schedule,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::parse_date;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    fn run(as_of: &str, actions: &[(Step, &str)]) -> Plan {
        let actions: Vec<Action> = actions
            .iter()
            .map(|(s, t)| Action {
                step: *s,
                date: d(t),
            })
            .collect();
        plan(
            d("2025-03-31"),
            d(as_of),
            Situation::Unpaid,
            &actions,
            &LadderOptions::default(),
        )
    }

    #[test]
    fn not_yet_due_plans_the_reminder() {
        let p = run("2025-03-31", &[]);
        assert_eq!(p.step, Step::None);
        assert_eq!(p.next, Some((Step::FriendlyReminder, d("2025-04-01"))));
    }

    #[test]
    fn first_untaken_step_is_recommended() {
        let p = run("2025-05-10", &[]);
        assert_eq!(
            (p.step, p.due_since),
            (Step::FriendlyReminder, Some(d("2025-04-01")))
        );
        // The letter follows the email, which is sent today.
        assert_eq!(p.next, Some((Step::ReminderLetter, d("2025-05-10"))));
    }

    #[test]
    fn formal_notice_waits_eight_days_after_the_letter() {
        let p = run(
            "2025-05-02",
            &[
                (Step::FriendlyReminder, "2025-04-02"),
                (Step::ReminderLetter, "2025-04-28"),
            ],
        );
        assert_eq!(p.step, Step::None);
        assert_eq!(p.next, Some((Step::FormalNotice, d("2025-05-06"))));
        let p = run(
            "2025-05-06",
            &[
                (Step::FriendlyReminder, "2025-04-02"),
                (Step::ReminderLetter, "2025-04-28"),
            ],
        );
        assert_eq!(
            (p.step, p.due_since),
            (Step::FormalNotice, Some(d("2025-05-06")))
        );
        assert_eq!(p.schedule[2].deadline, Some(d("2025-05-14")));
        assert_eq!(p.next, Some((Step::Recourse, d("2025-05-15"))));
    }

    #[test]
    fn recourse_after_the_deadline() {
        let p = run("2025-05-15", &[(Step::FormalNotice, "2025-05-06")]);
        assert_eq!(
            (p.step, p.due_since),
            (Step::Recourse, Some(d("2025-05-15")))
        );
        assert_eq!(p.schedule[0].status, StepStatus::Skipped);
        assert_eq!(p.schedule[1].status, StepStatus::Skipped);
        assert_eq!(p.next, None);
    }
}
