//! The letters: reminder, formal notice, claim after a late payment.

use super::parts::{capitalise as capitalised, para, Context, LETTER_PAYMENT_DAYS};
use super::{Block, Tone};
use crate::calendar::add_days;
use crate::input::Relationship;
use crate::locale::Lang;

/// The letter's head: sender, recipient, place and date, mention, subject,
/// reference, salutation.
fn head(c: &Context<'_>, subject: &str, registered: bool) -> Vec<Block> {
    let mut blocks = vec![c.sender(), c.recipient(), c.place_date()];
    if registered {
        blocks.push(c.registered_mention());
    }
    blocks.push(c.subject_line(subject));
    blocks.push(c.reference());
    blocks.push(c.salutation());
    blocks
}

/// `Malgré notre relance du ..., ` when reminders were sent.
fn despite(c: &Context<'_>) -> String {
    let sent = c.reminders_sent();
    if sent.is_empty() {
        return String::new();
    }
    let dates = c.date_list(&sent);
    match (c.lang, sent.len()) {
        (Lang::Fr, 1) => format!(" malgré notre relance {dates}"),
        (Lang::Fr, _) => format!(" malgré nos relances {dates}"),
        (Lang::En, 1) => format!(" despite our reminder of {dates}"),
        (Lang::En, _) => format!(" despite our reminders of {dates}"),
    }
}

/// The sentence on what has been paid, when something has.
fn payments_note(c: &Context<'_>) -> Option<Block> {
    let paid = c.a.amounts.paid.0;
    if paid.is_zero() {
        return None;
    }
    Some(para(match c.lang {
        Lang::Fr => format!(
            "Nous avons bien reçu un règlement partiel de {} ; le principal restant dû s'élève à {}.",
            c.euros(paid),
            c.euros(c.a.amounts.principal.0)
        ),
        Lang::En => format!(
            "We have received a part payment of {}; the principal outstanding is {}.",
            c.euros(paid),
            c.euros(c.a.amounts.principal.0)
        ),
    }))
}

/// The paragraph introducing the penalty lines, by relationship.
fn penalties_intro(c: &Context<'_>) -> String {
    if c.a.status == crate::assessment::Status::PaidLate {
        return match c.rel() {
            Relationship::Business => c.t(
                "Conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, ce retard a fait courir de plein droit des pénalités de retard, calculées sur le principal restant dû jusqu'à son paiement :",
                "Under Article L441-10 of the French Commercial Code and our terms of sale, this delay automatically incurred late-payment penalties, computed on the principal outstanding until it was paid:",
            ),
            Relationship::Public => c.t(
                "Conformément aux articles L2192-13 et R2192-31 du Code de la commande publique, ce retard a fait courir de plein droit des intérêts moratoires, calculés sur le principal restant dû jusqu'à son paiement :",
                "Under Articles L2192-13 and R2192-31 of the French Public Procurement Code, this delay automatically incurred late-payment interest, computed on the principal outstanding until it was paid:",
            ),
            Relationship::Consumer => c.t(
                "Conformément à l'article 1231-6 du Code civil, des intérêts au taux légal ont couru de notre mise en demeure jusqu'au paiement :",
                "Under Article 1231-6 of the French Civil Code, interest at the legal rate ran from our formal notice until payment:",
            ),
        };
    }
    match c.rel() {
        Relationship::Business => c.t(
            "Conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, ce retard fait courir de plein droit des pénalités de retard, calculées sur le principal restant dû :",
            "Under Article L441-10 of the French Commercial Code and our terms of sale, this delay automatically incurs late-payment penalties, computed on the principal outstanding:",
        ),
        Relationship::Public => c.t(
            "Conformément aux articles L2192-13 et R2192-31 du Code de la commande publique, ce retard fait courir de plein droit des intérêts moratoires, calculés sur le principal restant dû :",
            "Under Articles L2192-13 and R2192-31 of the French Public Procurement Code, this delay automatically incurs late-payment interest, computed on the principal outstanding:",
        ),
        Relationship::Consumer => c.t(
            "Conformément à l'article 1231-6 du Code civil, des intérêts au taux légal courent depuis notre mise en demeure :",
            "Under Article 1231-6 of the French Civil Code, interest at the legal rate has been running since our formal notice:",
        ),
    }
}

/// The sentence on the 40 EUR indemnity, when it is owed.
fn indemnity_note(c: &Context<'_>) -> Option<Block> {
    if c.a.amounts.indemnity.0.is_zero() {
        return None;
    }
    Some(para(match c.rel() {
        Relationship::Public => c.t(
            "S'y ajoute l'indemnité forfaitaire pour frais de recouvrement de 40 € (article D2192-35 du Code de la commande publique).",
            "A fixed indemnity of €40 for recovery costs is also due (Article D2192-35 of the French Public Procurement Code).",
        ),
        _ => c.t(
            "S'y ajoute, de plein droit, l'indemnité forfaitaire pour frais de recouvrement de 40 € (article D441-5 du Code de commerce).",
            "A fixed indemnity of €40 for recovery costs is also due by law (Article D441-5 of the French Commercial Code).",
        ),
    }))
}

/// Intro, period lines and indemnity sentence, when there are penalties.
fn penalty_section(c: &Context<'_>, blocks: &mut Vec<Block>) {
    if let Some(periods) = c.periods() {
        blocks.push(para(penalties_intro(c)));
        blocks.push(periods);
    }
    blocks.extend(indemnity_note(c));
}

fn how_to_pay(c: &Context<'_>) -> Block {
    para(match c.lang {
        Lang::Fr => format!(
            "Modalités de règlement : {}.",
            c.payment_details().trim_end_matches('.')
        ),
        Lang::En => format!(
            "Payment details: {}.",
            c.payment_details().trim_end_matches('.')
        ),
    })
}

/// The reminder letter, simple or registered.
pub fn reminder_letter(c: &Context<'_>) -> (Option<String>, Vec<Block>) {
    let n = c.number();
    let subject = match c.lang {
        Lang::Fr => format!("Relance pour facture impayée n° {n}"),
        Lang::En => format!("Reminder: unpaid invoice {n}"),
    };
    let mut blocks = head(c, &subject, c.registered);
    let late = c.a.days_late;
    blocks.push(para(match c.lang {
        Lang::Fr => format!(
            "Sauf erreur de notre part, la {}, d'un montant de {} TTC, reste impayée à ce jour{}, {late} jours après son échéance du {}.",
            c.invoice_ref(),
            c.euros(c.a.amounts.invoice.0),
            despite(c),
            c.date(c.input.due_date)
        ),
        Lang::En => format!(
            "According to our records, {}, for {} including VAT, remains unpaid{}, {late} days after its due date of {}.",
            c.invoice_ref(),
            c.euros(c.a.amounts.invoice.0),
            despite(c),
            c.date(c.input.due_date)
        ),
    }));
    blocks.extend(payments_note(c));
    penalty_section(c, &mut blocks);
    if c.rel() == Relationship::Consumer && c.a.periods.is_empty() {
        blocks.push(para(c.t(
            "À défaut de règlement, nous vous adresserons une mise en demeure, à compter de laquelle des intérêts au taux légal seront dus (article 1231-6 du Code civil).",
            "Failing payment, we will send you a formal notice, from which interest at the legal rate will be due (Article 1231-6 of the French Civil Code).",
        )));
    }
    blocks.push(para(c.t(
        "Le montant dû s'établit ainsi :",
        "The amount due is as follows:",
    )));
    blocks.push(c.amounts(true));
    let total = c.euros(c.a.amounts.total.0);
    let deadline = c.date(c.deadline(LETTER_PAYMENT_DAYS));
    blocks.push(para(match (c.lang, c.tone) {
        (Lang::Fr, Tone::Cordial) => {
            format!("Nous vous remercions de bien vouloir nous régler la somme de {total} au plus tard le {deadline}.")
        }
        (Lang::Fr, Tone::Firm) => format!("Nous vous demandons de nous régler la somme de {total} au plus tard le {deadline}."),
        (Lang::En, Tone::Cordial) => format!("We would be grateful if you could pay the sum of {total} by {deadline}."),
        (Lang::En, Tone::Firm) => format!("We ask you to pay the sum of {total} by {deadline} at the latest."),
    }));
    blocks.push(how_to_pay(c));
    blocks.push(para(match c.tone {
        Tone::Cordial => c.t(
            "Si ce règlement est intervenu entre-temps, nous vous prions de ne pas tenir compte du présent courrier. En cas de difficulté, nous restons disposés à examiner avec vous un échéancier.",
            "If payment has been made in the meantime, please disregard this letter. Should you face any difficulty, we remain open to agreeing a payment plan with you.",
        ),
        Tone::Firm => c.t(
            "À défaut de règlement dans ce délai, nous vous adresserons une mise en demeure de payer, préalable à une action en justice.",
            "Failing payment by that date, we will send you a formal notice to pay, before taking legal action.",
        ),
    }));
    blocks.push(c.letter_closing());
    blocks.push(c.signature());
    (Some(subject), blocks)
}

/// The formal notice: "mise en demeure de payer".
pub fn formal_notice(c: &Context<'_>) -> (Option<String>, Vec<Block>) {
    let n = c.number();
    let subject = match c.lang {
        Lang::Fr => format!("Mise en demeure de payer – facture n° {n}"),
        Lang::En => format!("Formal notice to pay (mise en demeure de payer) – invoice {n}"),
    };
    let mut blocks = head(c, &subject, true);
    let total = c.euros(c.a.amounts.total.0);
    blocks.push(para(match c.lang {
        Lang::Fr => format!(
            "Par la présente, nous vous adressons une mise en demeure de payer la somme de {total}, due au titre de la {}, échue le {} et restée impayée{}.",
            c.invoice_ref(),
            c.date(c.input.due_date),
            despite(c)
        ),
        Lang::En => format!(
            "We hereby give you formal notice to pay (mise en demeure de payer) the sum of {total}, owed under {}, which fell due on {} and remains unpaid{}.",
            c.invoice_ref(),
            c.date(c.input.due_date),
            despite(c)
        ),
    }));
    blocks.extend(payments_note(c));
    blocks.push(para(c.t(
        "Cette somme se décompose comme suit :",
        "This sum is made up as follows:",
    )));
    blocks.push(c.amounts(true));
    penalty_section(c, &mut blocks);
    blocks.push(para(match c.rel() {
        Relationship::Consumer => c.t(
            "Des intérêts au taux légal courent sur le principal à compter de la présente mise en demeure et jusqu'au complet paiement (articles 1231-6 et 1344-1 du Code civil).",
            "Interest at the legal rate runs on the principal from this formal notice until payment in full (Articles 1231-6 and 1344-1 of the French Civil Code).",
        ),
        _ => match c.lang {
            Lang::Fr => format!("Les {} continuent de courir jusqu'au complet paiement.", c.penalties_word()),
            Lang::En => format!("{} continue to accrue until payment in full.", capitalised(&c.penalties_word())),
        },
    }));
    let days = i64::from(c.input.ladder.formal_notice_deadline_days);
    let deadline = c.date(c.deadline(days));
    blocks.push(para(match c.lang {
        Lang::Fr => format!(
            "Nous vous demandons de procéder à ce règlement au plus tard le {deadline}, soit dans un délai de {days} jours à compter de la date de la présente."
        ),
        Lang::En => format!("We require payment by {deadline} at the latest, that is within {days} days of the date of this letter."),
    }));
    blocks.push(how_to_pay(c));
    blocks.push(para(match (c.rel(), c.lang) {
        (Relationship::Business, Lang::Fr) => "À défaut de paiement dans ce délai, nous saisirons sans autre avis la juridiction compétente, par voie d'injonction de payer devant le tribunal de commerce, afin d'obtenir le paiement de notre créance, augmentée des pénalités, de l'indemnité et des frais de procédure.".to_string(),
        (Relationship::Business, Lang::En) => "Failing payment by that date, we will without further notice bring the matter before the competent court, by way of an order for payment (injonction de payer) from the commercial court, to recover our claim together with penalties, the indemnity and legal costs.".to_string(),
        (Relationship::Consumer, Lang::Fr) => "À défaut de paiement dans ce délai, nous saisirons sans autre avis la juridiction compétente, par voie d'injonction de payer devant le tribunal judiciaire, afin d'obtenir le paiement de notre créance, augmentée des intérêts et des frais de procédure.".to_string(),
        (Relationship::Consumer, Lang::En) => "Failing payment by that date, we will without further notice bring the matter before the competent court, by way of an order for payment (injonction de payer) from the judicial court, to recover our claim together with interest and legal costs.".to_string(),
        (Relationship::Public, Lang::Fr) => "À défaut de paiement dans ce délai, nous saisirons sans autre avis le juge des référés du tribunal administratif d'une demande de provision, afin d'obtenir le paiement de notre créance, augmentée des intérêts moratoires et de l'indemnité.".to_string(),
        (Relationship::Public, Lang::En) => "Failing payment by that date, we will without further notice apply to the interim relief judge of the administrative court for an interim payment (référé-provision), to recover our claim together with late-payment interest and the indemnity.".to_string(),
    }));
    blocks.push(para(match c.rel() {
        Relationship::Business => c.t(
            "La présente mise en demeure est fondée sur les articles L441-10 et D441-5 du Code de commerce et sur l'article 1344 du Code civil.",
            "This formal notice is based on Articles L441-10 and D441-5 of the French Commercial Code and Article 1344 of the French Civil Code.",
        ),
        Relationship::Consumer => c.t(
            "La présente mise en demeure est fondée sur les articles 1231-6, 1344 et 1344-1 du Code civil.",
            "This formal notice is based on Articles 1231-6, 1344 and 1344-1 of the French Civil Code.",
        ),
        Relationship::Public => c.t(
            "La présente mise en demeure est fondée sur les articles L2192-13, R2192-31 et D2192-35 du Code de la commande publique.",
            "This formal notice is based on Articles L2192-13, R2192-31 and D2192-35 of the French Public Procurement Code.",
        ),
    }));
    blocks.push(c.letter_closing());
    blocks.push(c.signature());
    (Some(subject), blocks)
}

/// The claim for what a late payment left owing.
pub fn paid_late(c: &Context<'_>) -> (Option<String>, Vec<Block>) {
    let n = c.number();
    let title = capitalised(&c.penalties_word());
    let subject = match (c.lang, c.a.amounts.indemnity.0.is_zero()) {
        (Lang::Fr, false) => format!("{title} et indemnité forfaitaire – facture n° {n}"),
        (Lang::En, false) => format!("{title} and fixed indemnity – invoice {n}"),
        (Lang::Fr, true) => format!("{title} – facture n° {n}"),
        (Lang::En, true) => format!("{title} – invoice {n}"),
    };
    let mut blocks = head(c, &subject, false);
    let paid_on = add_days(c.input.due_date, c.a.days_late).unwrap_or(c.input.due_date);
    let late = c.a.days_late;
    blocks.push(para(match c.lang {
        Lang::Fr => format!(
            "Nous avons bien reçu le règlement de la {} et vous en remercions. Ce règlement, intervenu le {}, est toutefois postérieur de {late} jours à l'échéance du {}.",
            c.invoice_ref(),
            c.date(paid_on),
            c.date(c.input.due_date)
        ),
        Lang::En => format!(
            "We have received payment of {} and thank you for it. That payment, made on {}, came however {late} days after the due date of {}.",
            c.invoice_ref(),
            c.date(paid_on),
            c.date(c.input.due_date)
        ),
    }));
    penalty_section(c, &mut blocks);
    if c.rel() == Relationship::Public {
        blocks.push(para(c.t(
            "Ces sommes doivent être versées dans les 45 jours suivant le paiement du principal (article R2192-36 du Code de la commande publique).",
            "These sums are payable within 45 days of payment of the principal (Article R2192-36 of the French Public Procurement Code).",
        )));
    }
    blocks.push(para(
        c.t("Restent donc dus :", "The following therefore remains due:"),
    ));
    blocks.push(c.amounts(false));
    let total = c.euros(c.a.amounts.total.0);
    let deadline = c.date(c.deadline(LETTER_PAYMENT_DAYS));
    blocks.push(para(match c.lang {
        Lang::Fr => format!("Nous vous remercions de bien vouloir nous régler la somme de {total} au plus tard le {deadline}."),
        Lang::En => format!("We would be grateful if you could pay the sum of {total} by {deadline}."),
    }));
    blocks.push(how_to_pay(c));
    blocks.push(c.letter_closing());
    blocks.push(c.signature());
    (Some(subject), blocks)
}
