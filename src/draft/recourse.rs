//! The recourse note: not a letter to the client, but a plain-language
//! summary for the user of the ways to recover the debt.

use super::parts::{block, para, Context};
use super::{Block, BlockKind};
use crate::dunning::Step;
use crate::locale::Lang;

/// Title and blocks of the note.
pub fn summary(c: &Context<'_>) -> (Option<String>, Vec<Block>) {
    let title = match c.lang {
        Lang::Fr => format!("Recours possibles – facture n° {}", c.number()),
        Lang::En => format!("Ways to recover – invoice {}", c.number()),
    };
    let mut blocks = vec![block(BlockKind::Heading, vec![title.clone()])];
    let total = c.euros(c.a.amounts.total.0);
    let at = c.date(c.today());
    let notice = c.a.schedule.iter().find(|e| e.step == Step::FormalNotice);
    let situation = match (notice.and_then(|e| e.deadline), c.lang) {
        (Some(deadline), Lang::Fr) if deadline < c.today() => format!(
            "Le délai laissé par la mise en demeure a expiré le {}. Au {at}, votre client vous doit {total}, {}.",
            c.date(deadline),
            c.total_includes()
        ),
        (Some(deadline), Lang::En) if deadline < c.today() => format!(
            "The deadline set by the formal notice expired on {}. On {at}, your client owes you {total}, {}.",
            c.date(deadline),
            c.total_includes()
        ),
        (_, Lang::Fr) => format!(
            "Au {at}, votre client vous doit {total}, {}. Ces recours se préparent une fois expiré le délai laissé par la mise en demeure.",
            c.total_includes()
        ),
        (_, Lang::En) => format!(
            "On {at}, your client owes you {total}, {}. These steps come once the deadline set by the formal notice has passed.",
            c.total_includes()
        ),
    };
    blocks.push(para(situation));

    for option in &c.a.recourse {
        let (heading, text) = describe(c, option.id, option.court);
        blocks.push(block(BlockKind::Heading, vec![heading]));
        blocks.push(para(text));
    }

    blocks.push(block(
        BlockKind::Heading,
        vec![c.t("À préparer", "What to prepare")],
    ));
    blocks.push(block(
        BlockKind::List,
        vec![
            c.t(
                "la facture, et le devis signé, le bon de commande ou le contrat",
                "the invoice, and the signed quote, purchase order or contract",
            ),
            c.t(
                "vos conditions générales de vente (taux des pénalités)",
                "your terms of sale (penalty rate)",
            ),
            c.t(
                "la preuve de la livraison ou de la réalisation de la prestation",
                "proof of delivery or of the work done",
            ),
            c.t(
                "les relances envoyées et la mise en demeure avec son accusé de réception",
                "the reminders sent and the formal notice with its acknowledgement of receipt",
            ),
            c.t(
                "le décompte de la créance (montant, pénalités, indemnité)",
                "the statement of the claim (amount, penalties, indemnity)",
            ),
        ],
    ));
    if let Some(date) = c.a.prescription.date {
        blocks.push(para(match c.lang {
            Lang::Fr => format!(
                "Attention : la créance se prescrit le {}. Une mise en demeure n'interrompt pas ce délai ; une action en justice ou une reconnaissance de dette par le client, si.",
                c.date(date)
            ),
            Lang::En => format!(
                "Note: the claim becomes time-barred on {}. A formal notice does not stop that clock; a court claim or an acknowledgement of the debt by the client does.",
                c.date(date)
            ),
        }));
    }
    (Some(title), blocks)
}

fn court_name(c: &Context<'_>, court: Option<&str>) -> String {
    match court {
        Some("tribunalDeCommerce") => c.t(
            "tribunal de commerce",
            "commercial court (tribunal de commerce)",
        ),
        Some("tribunalJudiciaire") => c.t(
            "tribunal judiciaire",
            "judicial court (tribunal judiciaire)",
        ),
        Some("tribunalAdministratif") => c.t(
            "tribunal administratif",
            "administrative court (tribunal administratif)",
        ),
        _ => c.t("juridiction compétente", "competent court"),
    }
}

fn describe(c: &Context<'_>, id: &str, court: Option<&str>) -> (String, String) {
    let court_label = court_name(c, court);
    match (id, c.lang) {
        ("agency", Lang::Fr) => (
            "Recouvrement amiable par une société spécialisée".into(),
            "Sans procédure judiciaire : l'agence relance votre client par courrier et par téléphone, en général en quelques semaines. Elle se rémunère le plus souvent par une commission sur les sommes recouvrées : comparez les conditions avant de signer.".into(),
        ),
        ("agency", Lang::En) => (
            "Amicable recovery by a collection agency".into(),
            "No court involved: the agency chases your client by letter and phone, usually over a few weeks. It is most often paid a commission on the sums recovered: compare terms before signing.".into(),
        ),
        ("injonctionDePayer", Lang::Fr) => {
            let form = if court == Some("tribunalDeCommerce") { "Cerfa n° 12946" } else { "Cerfa n° 12948" };
            let alt = if court == Some("tribunalDeCommerce") {
                " Si votre client n'est pas commerçant, la requête va au tribunal judiciaire (Cerfa n° 12948). Dans certains ressorts, le tribunal de commerce est devenu, à titre expérimental, le tribunal des activités économiques."
            } else {
                ""
            };
            (
                "Injonction de payer".into(),
                format!("Une requête au {court_label} du domicile de votre client ({form}), sans audience (articles 1405 et suivants du Code de procédure civile). Si le juge fait droit à la demande, son ordonnance doit être signifiée par un commissaire de justice – dans les 3 mois pour les ordonnances rendues depuis le 1er septembre 2026 – puis votre client dispose d'un mois pour former opposition ; à défaut, l'ordonnance devient exécutoire.{alt}"),
            )
        }
        ("injonctionDePayer", Lang::En) => {
            let form = if court == Some("tribunalDeCommerce") { "Cerfa form 12946" } else { "Cerfa form 12948" };
            let alt = if court == Some("tribunalDeCommerce") {
                " If your client is not a trader, the application goes to the judicial court (Cerfa form 12948). In some districts the commercial court has become, on a trial basis, the economic activities court (tribunal des activités économiques)."
            } else {
                ""
            };
            (
                "Order for payment (injonction de payer)".into(),
                format!("An application to the {court_label} of your client's domicile ({form}), with no hearing (Articles 1405 ff. of the French Code of Civil Procedure). If the judge grants it, the order must be served by a commissaire de justice – within 3 months for orders made from 1 September 2026 – and your client then has one month to object; otherwise the order becomes enforceable.{alt}"),
            )
        }
        ("refereProvision", Lang::Fr) => {
            let article = match court {
                Some("tribunalDeCommerce") => "article 873, alinéa 2, du Code de procédure civile",
                Some("tribunalAdministratif") => "article R541-1 du Code de justice administrative",
                _ => "article 835, alinéa 2, du Code de procédure civile",
            };
            (
                "Référé-provision".into(),
                format!("Une audience rapide devant le juge des référés du {court_label} ({article}) pour obtenir une provision lorsque la dette n'est pas sérieusement contestable. Adapté si votre client ne conteste ni la prestation ni le montant."),
            )
        }
        ("refereProvision", Lang::En) => {
            let article = match court {
                Some("tribunalDeCommerce") => "Article 873(2) of the French Code of Civil Procedure",
                Some("tribunalAdministratif") => "Article R541-1 of the French Code of Administrative Justice",
                _ => "Article 835(2) of the French Code of Civil Procedure",
            };
            (
                "Interim payment (référé-provision)".into(),
                format!("A quick hearing before the interim relief judge of the {court_label}, under {article}, to obtain an interim payment when the debt cannot seriously be disputed. Suited to a client who disputes neither the work nor the amount."),
            )
        }
        ("smallClaims", Lang::Fr) => (
            "Procédure simplifiée de recouvrement des petites créances".into(),
            "Pour une créance contractuelle d'au plus 5 000 €, confiée à un commissaire de justice (article L125-1 du Code des procédures civiles d'exécution). Votre client a un mois pour accepter un accord sur le montant et les délais ; les frais restent à votre charge. Sans accord, reste l'injonction de payer.".into(),
        ),
        ("smallClaims", Lang::En) => (
            "Simplified small-claims recovery".into(),
            "For a contractual claim of €5,000 or less, handled by a commissaire de justice (Article L125-1 of the French Code of Civil Enforcement Procedures). Your client has one month to agree on the amount and timing; the fees are yours to bear. Without agreement, the order for payment remains open.".into(),
        ),
        (other, _) => (other.to_string(), String::new()),
    }
}
