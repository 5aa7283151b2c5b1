//! "Where you are now" and "Best-matching roles".

use super::super::super::model::{NowSection, RoleBlock};
use super::super::flow::{BODY, Flow, H2, H3, MUTED, SMALL};

/// The items as bullets, or a muted line saying there are none.
fn bullets_or(flow: &mut Flow<'_>, items: &[String], none: &str, after: f32) {
    if items.is_empty() {
        flow.paragraph(none, BODY.coloured(MUTED), 0.0, after);
    } else {
        flow.bullets(items, BODY, 0.0, after);
    }
}

/// Where the person is now.
pub fn now(flow: &mut Flow<'_>, now: &NowSection) {
    flow.section("Where you are now");
    flow.key_values(&now.facts, 110.0, 6.0);
    flow.heading("Qualifications", H3, 8.0);
    bullets_or(flow, &now.qualifications, "None recorded yet.", 2.0);
    flow.heading("Experience", H3, 8.0);
    bullets_or(flow, &now.experience, "None recorded yet.", 2.0);
    if !now.notes.is_empty() {
        flow.heading("Your notes", H3, 8.0);
        flow.paragraph(&now.notes, BODY, 0.0, 2.0);
    }
}

/// The best-matching roles.
pub fn roles(flow: &mut Flow<'_>, roles: &[RoleBlock]) {
    flow.section("Best-matching roles");
    flow.paragraph(
        "The roles that fit you best now, best first: what you already meet, what is missing and how to \
         close it. Requirements marked \"the planner's estimate\" are the planner's own figures.",
        BODY,
        0.0,
        4.0,
    );
    flow.keep_last_with_next();
    for (number, role) in (1..).zip(roles) {
        flow.heading(&format!("{number}. {}", role.title), H2, 12.0);
        flow.heading(
            &format!("{} · score {} of 100 · {}", role.fit, role.score, role.pay),
            BODY.bold().coloured(MUTED),
            1.0,
        );
        if !role.reasons.is_empty() {
            flow.paragraph(&role.reasons.join("; "), SMALL.coloured(MUTED), 0.0, 2.0);
        }
        flow.heading("What you meet", H3, 6.0);
        bullets_or(flow, &role.met, "None of its requirements yet.", 1.0);
        flow.heading("What is missing and how to close it", H3, 6.0);
        if role.missing.is_empty() {
            flow.paragraph("Nothing: you meet every requirement.", BODY.coloured(MUTED), 0.0, 1.0);
        }
        for missing in &role.missing {
            flow.bullets(std::slice::from_ref(&missing.text), BODY.bold(), 0.0, 3.0);
            flow.keep_last_with_next();
            flow.paragraph(&format!("Why: {}", missing.reason), SMALL, 11.0, 1.0);
            let how = if missing.ways.is_empty() {
                "No single step closes this; see why above.".to_owned()
            } else {
                missing.ways.join("; or ")
            };
            flow.paragraph(&format!("How to close it: {how}"), SMALL, 11.0, 1.0);
        }
    }
}
