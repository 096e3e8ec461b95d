//! The friendly reminder email.

use super::parts::{block, para, Context, LETTER_PAYMENT_DAYS};
use super::{Block, BlockKind, Tone};
use crate::input::Relationship;
use crate::locale::Lang;

/// Subject and blocks of the first reminder, an email.
pub fn friendly_reminder(c: &Context<'_>) -> (Option<String>, Vec<Block>) {
    let n = c.number();
    let subject = match (c.lang, c.tone) {
        (Lang::Fr, Tone::Cordial) => format!("Facture {n} : rappel d'échéance"),
        (Lang::Fr, Tone::Firm) => format!("Facture {n} impayée"),
        (Lang::En, Tone::Cordial) => format!("Invoice {n}: payment reminder"),
        (Lang::En, Tone::Firm) => format!("Invoice {n}: payment overdue"),
    };
    let greeting = match (&c.input.parties.debtor.contact, c.lang) {
        (Some(name), Lang::Fr) => format!("Bonjour {name},"),
        (None, Lang::Fr) => "Bonjour,".to_string(),
        (Some(name), Lang::En) => format!("Dear {name},"),
        (None, Lang::En) => "Hello,".to_string(),
    };
    let due = c.date(c.input.due_date);
    let issued = c.date(c.input.issue_date);
    let owed = c.euros(c.a.amounts.principal.0);
    let mut blocks = vec![
        c.subject_line(&subject),
        block(BlockKind::Salutation, vec![greeting]),
    ];

    blocks.push(para(match (c.lang, c.tone) {
        (Lang::Fr, Tone::Cordial) => format!(
            "Sauf erreur de notre part, nous n'avons pas encore reçu le règlement de la facture n° {n} du {issued}, arrivée à échéance le {due}. Le montant restant dû s'élève à {owed}."
        ),
        (Lang::Fr, Tone::Firm) => format!(
            "La facture n° {n} du {issued}, échue depuis le {due}, reste impayée à ce jour. Le montant restant dû s'élève à {owed}."
        ),
        (Lang::En, Tone::Cordial) => format!(
            "According to our records, we have not yet received payment of invoice {n} dated {issued}, which fell due on {due}. The amount outstanding is {owed}."
        ),
        (Lang::En, Tone::Firm) => {
            format!("Invoice {n} dated {issued}, due on {due}, remains unpaid. The amount outstanding is {owed}.")
        }
    }));
    blocks.push(para(c.t(
        "Vous trouverez la facture en pièce jointe. Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.",
        "Please find the invoice attached. If you have already paid, please disregard this message.",
    )));
    let deadline = c.date(c.deadline(LETTER_PAYMENT_DAYS));
    blocks.push(para(match (c.lang, c.tone) {
        (Lang::Fr, Tone::Cordial) => {
            "Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais."
                .to_string()
        }
        (Lang::Fr, Tone::Firm) => {
            format!("Nous vous demandons de procéder au règlement au plus tard le {deadline}.")
        }
        (Lang::En, Tone::Cordial) => {
            "We would be grateful if you could settle it at your earliest convenience.".to_string()
        }
        (Lang::En, Tone::Firm) => format!("Please settle it by {deadline} at the latest."),
    }));
    blocks.push(para(c.t(
        "Si vous rencontrez une difficulté, n'hésitez pas à nous en faire part : nous pouvons convenir ensemble d'un échéancier.",
        "If you are facing any difficulty, please let us know: we can agree on a payment plan together.",
    )));
    if c.mention_penalties {
        match c.rel() {
            Relationship::Business => blocks.push(para(c.t(
                "Pour rappel, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard et une indemnité forfaitaire de 40 € pour frais de recouvrement.",
                "As a reminder, under our terms of sale and Article L441-10 of the French Commercial Code, late payment incurs late-payment penalties and a fixed indemnity of €40 for recovery costs.",
            ))),
            Relationship::Public => blocks.push(para(c.t(
                "Pour rappel, tout retard de paiement fait courir de plein droit des intérêts moratoires et une indemnité forfaitaire de 40 € pour frais de recouvrement (articles L2192-13 et D2192-35 du Code de la commande publique).",
                "As a reminder, late payment automatically incurs late-payment interest and a fixed indemnity of €40 for recovery costs (Articles L2192-13 and D2192-35 of the French Public Procurement Code).",
            ))),
            Relationship::Consumer => {}
        }
    }
    blocks.push(block(
        BlockKind::Closing,
        vec![c.t("Cordialement,", "Kind regards,")],
    ));
    let mut signature = vec![c.signatory(), c.creditor_name()];
    if let Some(email) = &c.input.parties.creditor.email {
        signature.push(email.clone());
    }
    blocks.push(block(BlockKind::Signature, signature));
    (Some(subject), blocks)
}
