//! Ids of catalogue records that the code names, listed once here so that the catalogue check,
//! and so the build, fails when one of them is renamed or removed from `assets/`.

/// The document the planner's own estimates cite (`sources.ron`).
pub const PLANNER_ESTIMATE: &str = "planner-estimate";

/// The stage ids of `next_steps.ron` the planner chooses between.
pub mod stage_ids {
    /// Studying for GCSEs.
    pub const GCSE: &str = "gcse";
    /// Studying for A-levels or a college course.
    pub const A_LEVEL: &str = "a-level";
    /// At university.
    pub const UNIVERSITY: &str = "university";
    /// Looking for a new career.
    pub const NEW_CAREER: &str = "new-career";
    /// Working in health already.
    pub const IN_HEALTH: &str = "in-health";
}

/// The qualification a path plans for someone who needs a level 3 qualification and has none.
pub const LEVEL_3_QUALIFICATION: &str = "a-level";

/// The qualification a new what-if scenario starts with, before the person picks one.
pub const SCENARIO_QUALIFICATION: &str = "cmi-level-5";

/// Every stage id the code names.
pub const STAGES: [&str; 5] =
    [stage_ids::GCSE, stage_ids::A_LEVEL, stage_ids::UNIVERSITY, stage_ids::NEW_CAREER, stage_ids::IN_HEALTH];

/// Every qualification id the code names.
pub const QUALIFICATIONS: [&str; 2] = [LEVEL_3_QUALIFICATION, SCENARIO_QUALIFICATION];

/// Every document id the code names.
pub const DOCUMENTS: [&str; 1] = [PLANNER_ESTIMATE];
