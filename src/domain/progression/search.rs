//! The search: earliest arrival at the target, month by month, over the progression graph.
//! Each move waits exactly until the next step's essential requirements are met, given the
//! courses, skills and experience the path adds. Alternatives exclude earlier first moves.
//! No step re-enters the person's own role, takes a first-job route they are past, or pays
//! below their band unless they said they would take a lower band.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use petgraph::graph::NodeIndex;

use super::super::matching::{ProfileFacts, span};
use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, Role, RouteKind};
use super::super::model::month::Month;
use super::super::model::profile::Profile;
use super::graph::{Node, ProgressionGraph};
use super::jobs::{
    comparable_band, comparable_level, first_post_band, intake_month, job_for_role, job_for_route, role_band,
    role_pay_label,
};
use super::meeting::{Study, earliest_meeting};
use super::simulate::{PlannedAction, SimState};
use super::{CareerPath, PathStep, StepKind, describe};

/// How far ahead a path may reach, in months.
const HORIZON_MONTHS: i32 = 40 * 12;

/// A partial path: where it is, when, and what the person is like by then.
#[derive(Clone)]
pub(super) struct Label {
    pub(super) node: NodeIndex,
    pub(super) arrive: Month,
    state: SimState,
    pub(super) steps: Vec<PathStep>,
    pub(super) first: Option<NodeIndex>,
    /// Actions and the route of a pass-through entry route, carried into the next step.
    pending: Option<(usize, Vec<PlannedAction>)>,
    /// Warnings particular to this path (a pay drop).
    pub(super) notes: Vec<String>,
}

/// Everything one search needs.
pub(super) struct Search<'a> {
    pub(super) catalogue: &'a Catalogue,
    pub(super) graph: &'a ProgressionGraph,
    pub(super) profile: &'a Profile,
    pub(super) today: Month,
    pub(super) target: usize,
    pub(super) reaching: Vec<bool>,
    /// The person's own role (catalogue index), never re-entered.
    pub(super) current_role: Option<usize>,
    /// The band no step may pay below: the person's own, or the level their experience in a
    /// paid job outside Agenda for Change is comparable with.
    pub(super) floor: Option<Band>,
    /// True when the person has a paid job now.
    pub(super) employed: bool,
}

/// Up to `wanted` different paths to the target role, quickest first, each labelled by what
/// distinguishes it and saying why it is slower than the quickest.
pub fn alternatives(
    catalogue: &Catalogue,
    graph: &ProgressionGraph,
    profile: &Profile,
    today: Month,
    target: usize,
    wanted: usize,
) -> Vec<CareerPath> {
    let search = Search::new(catalogue, graph, profile, today, target);
    let mut banned: Vec<NodeIndex> = Vec::new();
    let mut paths: Vec<CareerPath> = Vec::new();
    while paths.len() < wanted {
        let Some((path, first)) = search.best(&banned) else { break };
        banned.push(first);
        if !paths.iter().any(|known| describe::same_steps(known, &path)) {
            paths.push(path);
        }
    }
    describe::order_and_explain(&mut paths);
    paths
}

impl<'a> Search<'a> {
    fn new(
        catalogue: &'a Catalogue,
        graph: &'a ProgressionGraph,
        profile: &'a Profile,
        today: Month,
        target: usize,
    ) -> Self {
        let facts = ProfileFacts::new(catalogue, profile, today);
        let employed = SimState::new(profile).paid_job_in(today, |_| true).is_some();
        let floor = comparable_level(profile.position.pay, facts.level.0, employed);
        Self {
            catalogue,
            graph,
            profile,
            today,
            target,
            reaching: graph.roles_reaching(target),
            current_role: profile.position.catalogue_role.as_deref().and_then(|id| catalogue.role_index(id)),
            floor,
            employed,
        }
    }

    /// The quickest path whose first move is not banned, and its first move.
    fn best(&self, banned: &[NodeIndex]) -> Option<(CareerPath, NodeIndex)> {
        let target_node = self.graph.role_node(self.target)?;
        let mut labels: Vec<Label> = vec![self.start_label()];
        let mut heap = BinaryHeap::from([(Reverse(self.today), Reverse(0_usize))]);
        let mut settled: HashSet<NodeIndex> = HashSet::new();
        if let Some(own) = self.current_role.and_then(|role| self.graph.role_node(role)) {
            // The person is in their own role already: it is where they start, not a step.
            settled.insert(own);
        }
        while let Some((_, Reverse(at))) = heap.pop() {
            let Some(label) = labels.get(at).cloned() else { continue };
            if !settled.insert(label.node) {
                continue;
            }
            if label.node == target_node {
                let first = label.first?;
                return Some((describe::finish(self, label), first));
            }
            for next in self.successors(&label, banned, &settled) {
                if self.today.months_until(next.arrive) <= HORIZON_MONTHS {
                    heap.push((Reverse(next.arrive), Reverse(labels.len())));
                    labels.push(next);
                }
            }
        }
        None
    }

    fn start_label(&self) -> Label {
        let profile = self.profile;
        let title = if profile.position.role_title.trim().is_empty() {
            "Where you are now".to_owned()
        } else {
            profile.position.role_title.clone()
        };
        let band = profile.position.pay.band();
        let step = PathStep {
            kind: StepKind::Now,
            title,
            band,
            pay_label: band.map_or_else(|| "Not on Agenda for Change".to_owned(), |band| band.to_string()),
            start: self.today,
            end: None,
            reason: "Where you are now".to_owned(),
            actions: Vec::new(),
        };
        Label {
            node: self.graph.start(),
            arrive: self.today,
            state: SimState::new(profile),
            steps: vec![step],
            first: None,
            pending: None,
            notes: Vec::new(),
        }
    }

    /// Every move from a label that can be made, with its timing.
    fn successors(&self, label: &Label, banned: &[NodeIndex], settled: &HashSet<NodeIndex>) -> Vec<Label> {
        let mut out = Vec::new();
        let is_start = label.node == self.graph.start();
        let allowed = |node: NodeIndex| !(settled.contains(&node) || is_start && banned.contains(&node));
        for (next, min_months) in self.graph.moves(label.node) {
            if !allowed(next) {
                continue;
            }
            let moved = match self.graph.node(next) {
                Some(Node::Route(route)) => self.enter_route(label, next, route),
                Some(Node::Role(role)) if self.reaching.get(role).copied().unwrap_or(false) => {
                    self.enter_role(label, next, role, min_months)
                }
                _ => None,
            };
            out.extend(moved);
        }
        if is_start {
            out.extend(self.moves_in_current_role(label, &allowed));
            if let Some(target_node) = self.graph.role_node(self.target)
                && allowed(target_node)
                && self.within_reach(self.target)
            {
                out.extend(self.enter_role(label, target_node, self.target, 0));
            }
        }
        out
    }

    /// Moves from the person's current role, when their profile names one. The time the role
    /// asks for counts from when they started it or equivalent work (their experience in the
    /// role's area), not from today.
    fn moves_in_current_role(&self, label: &Label, allowed: &dyn Fn(NodeIndex) -> bool) -> Vec<Label> {
        let Some(index) = self.current_role else { return Vec::new() };
        let Some(role) = self.catalogue.roles.get(index) else { return Vec::new() };
        let Some(node) = self.graph.role_node(index) else { return Vec::new() };
        let area = job_for_role(self.catalogue, role, None).area;
        let in_role =
            ProfileFacts::new(self.catalogue, self.profile, self.today).months_of(|job| job.area == area).0;
        self.graph
            .moves(node)
            .filter(|(next, _)| allowed(*next))
            .filter_map(|(next, min_months)| match self.graph.node(next) {
                Some(Node::Role(role)) if self.reaching.get(role).copied().unwrap_or(false) => {
                    self.enter_role(label, next, role, min_months.saturating_sub(in_role))
                }
                _ => None,
            })
            .collect()
    }

    fn enter_route(&self, label: &Label, node: NodeIndex, index: usize) -> Option<Label> {
        let route = self.catalogue.routes.get(index)?;
        let reaches =
            route.leads_to.iter().filter_map(|id| self.catalogue.role_index(id)).any(|role| {
                self.reaching.get(role).copied().unwrap_or(false) && Some(role) != self.current_role
            });
        if !reaches
            || self.past_first_step(route.kind, &route.leads_to, route.band)
            || (route.kind == RouteKind::GraduateScheme && self.profile.constraints.will_not_relocate)
        {
            return None;
        }
        let drop = self.pay_drop(&label.state, &route.title, route.band).ok()?;
        let mut state = label.state.clone();
        let ready = label.arrive.plus(self.catalogue.path_rules.application_offset());
        let study = if self.catalogue.path_rules.needs_requirements_now(route.kind) {
            Study::NotPlanned
        } else {
            Study::From(label.arrive)
        };
        let wait = earliest_meeting(self.catalogue, &mut state, &route.essential, ready, study)?;
        let mut next = Label {
            node,
            arrive: wait.month,
            state,
            steps: label.steps.clone(),
            first: Some(node),
            pending: None,
            notes: label.notes.iter().cloned().chain(drop).collect(),
        };
        match route.duration_months {
            Some(months) => {
                let start = intake_month(route, wait.month);
                let job = job_for_route(self.catalogue, route);
                next.state.start_job(&job, start);
                next.arrive = start;
                next.steps.push(PathStep {
                    kind: StepKind::Route(route.id.clone()),
                    title: route.title.clone(),
                    band: route.band,
                    pay_label: if route.pay.is_some() {
                        "Scheme pay".to_owned()
                    } else {
                        route.band.map_or_else(String::new, |b| b.to_string())
                    },
                    start,
                    end: None,
                    reason: format!(
                        "This {} takes {}. You meet its entry requirements from {}",
                        route.kind.name(),
                        span(months),
                        wait.month.label()
                    ),
                    actions: wait.actions,
                });
            }
            None => next.pending = Some((index, wait.actions)),
        }
        Some(next)
    }

    fn enter_role(&self, label: &Label, node: NodeIndex, index: usize, min_months: u32) -> Option<Label> {
        let role = self.catalogue.roles.get(index)?;
        let mut state = label.state.clone();
        let from_node = self.graph.node(label.node);
        let (earliest, study_from, after_stint) = match from_node {
            Some(Node::Route(route_index)) => {
                let route = self.catalogue.routes.get(route_index)?;
                let months = route.duration_months.unwrap_or(0);
                let done = label.arrive.plus(i32::try_from(months).unwrap_or(0));
                for gained in &route.gains {
                    state.gain_qualification(self.catalogue, gained, done);
                }
                (done, label.arrive, route.duration_months.is_some())
            }
            Some(Node::Start) => {
                let earliest = label
                    .arrive
                    .plus(i32::try_from(min_months).unwrap_or(0))
                    .max(label.arrive.plus(self.catalogue.path_rules.application_offset()));
                (earliest, label.arrive, false)
            }
            _ => (label.arrive.plus(i32::try_from(min_months).unwrap_or(0)), label.arrive, false),
        };
        let current = state.profile.position.pay.band().or(self.floor);
        let first_post = match from_node {
            Some(Node::Route(route_index)) => {
                self.catalogue.routes.get(route_index).and_then(|route| route.first_post.as_ref())
            }
            _ => None,
        };
        let band = first_post
            .map_or_else(|| role_band(role, current), |first| first_post_band(role, first.band, current));
        let drop = self.pay_drop(&state, &role.title, comparable_band(role, band)).ok()?;
        let wait =
            earliest_meeting(self.catalogue, &mut state, &role.essential, earliest, Study::From(study_from))?;
        if after_stint && earliest.months_until(wait.month) > 6 {
            // After a scheme ends there is no job to gain experience in while waiting.
            return None;
        }
        let mut actions = label.pending.as_ref().map(|(_, actions)| actions.clone()).unwrap_or_default();
        actions.extend(wait.actions);
        let job = job_for_role(self.catalogue, role, band);
        state.start_job(&job, wait.month);
        let reason = self.reason(label, role, min_months, wait.month, from_node);
        let mut steps = label.steps.clone();
        steps.push(PathStep {
            kind: StepKind::Role(role.id.clone()),
            title: role.title.clone(),
            band,
            pay_label: role_pay_label(role, band, first_post),
            start: wait.month,
            end: None,
            reason,
            actions,
        });
        Some(Label {
            node,
            arrive: wait.month,
            state,
            steps,
            first: label.first.or(Some(node)),
            pending: None,
            notes: label.notes.iter().cloned().chain(drop).collect(),
        })
    }

    fn reason(
        &self,
        label: &Label,
        role: &Role,
        min_months: u32,
        start: Month,
        from: Option<Node>,
    ) -> String {
        let met = format!("you meet its essential requirements from {}", start.label());
        match from {
            Some(Node::Route(index)) => {
                let route =
                    self.catalogue.routes.get(index).map_or("the route", |route| route.title.as_str());
                if label.pending.is_some() {
                    format!("Through \"{route}\": {met}")
                } else {
                    format!("{route} leads into this role; {met}")
                }
            }
            Some(Node::Role(index)) => {
                let previous =
                    self.catalogue.roles.get(index).map_or("the previous role", |r| r.title.as_str());
                format!(
                    "{previous} usually leads to {} after at least {}; {met}",
                    role.title,
                    span(min_months.max(1))
                )
            }
            Some(Node::Start) | None
                if self.current_role.is_some() && index_of(self, role) != self.target =>
            {
                format!(
                    "Your current role usually leads to {}; the time it asks for counts from when you started; {met}",
                    role.title
                )
            }
            Some(Node::Start) | None if self.employed => format!("Stay in your post and apply: {met}"),
            Some(Node::Start) | None => format!("Apply directly: {met}"),
        }
    }
}

fn index_of(search: &Search<'_>, role: &Role) -> usize {
    search.catalogue.role_index(&role.id).unwrap_or(usize::MAX)
}
