//! The search: earliest arrival at the target, month by month, over the progression graph.
//! Each move waits exactly until the next step's essential requirements are met, given the
//! courses, skills and experience the path adds. Alternatives exclude earlier first moves.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use petgraph::graph::NodeIndex;

use super::super::matching::span;
use super::super::model::band::Band;
use super::super::model::catalogue::{Catalogue, Role, Route, RouteKind};
use super::super::model::month::Month;
use super::super::model::profile::Profile;
use super::graph::{Node, ProgressionGraph};
use super::simulate::{PlannedAction, SimJob, SimState, earliest_meeting, typical_responsibility};
use super::{CareerPath, PathStep, StepKind};

/// The months allowed to apply for a post or a place, be interviewed and give notice, for a
/// move from where the person is now (the planner's assumption).
pub const APPLICATION_MONTHS: i32 = 3;

/// How much slower than the quickest path an alternative may be, at least, in months.
const SLOWER_ALTERNATIVE_MONTHS: u32 = 36;

/// How far ahead a path may reach, in months.
const HORIZON_MONTHS: i32 = 40 * 12;

/// A partial path: where it is, when, and what the person is like by then.
#[derive(Clone)]
struct Label {
    node: NodeIndex,
    arrive: Month,
    state: SimState,
    steps: Vec<PathStep>,
    first: Option<NodeIndex>,
    /// Actions and the route of a pass-through entry route, carried into the next step.
    pending: Option<(usize, Vec<PlannedAction>)>,
}

/// Everything one search needs.
struct Search<'a> {
    catalogue: &'a Catalogue,
    graph: &'a ProgressionGraph,
    profile: &'a Profile,
    today: Month,
    target: usize,
    reaching: Vec<bool>,
}

/// Up to `wanted` different paths to the target role, quickest first.
pub fn alternatives(
    catalogue: &Catalogue,
    graph: &ProgressionGraph,
    profile: &Profile,
    today: Month,
    target: usize,
    wanted: usize,
) -> Vec<CareerPath> {
    let search = Search { catalogue, graph, profile, today, target, reaching: graph.roles_reaching(target) };
    let mut banned: Vec<NodeIndex> = Vec::new();
    let mut paths: Vec<CareerPath> = Vec::new();
    while paths.len() < wanted {
        let Some((path, first)) = search.best(&banned) else { break };
        banned.push(first);
        let roles_of =
            |path: &CareerPath| path.steps.iter().map(|step| step.kind.clone()).collect::<Vec<_>>();
        if !paths.iter().any(|known| roles_of(known) == roles_of(&path)) {
            paths.push(path);
        }
    }
    paths.sort_by_key(|path| (path.arrival, path.steps.len()));
    // An alternative that takes over twice as long as the quickest, and more than three years
    // longer, is not a useful choice to offer.
    if let Some(best) = paths.first().map(|path| path.months_to_target) {
        let limit = best + best.max(SLOWER_ALTERNATIVE_MONTHS);
        paths.retain(|path| path.months_to_target <= limit);
    }
    paths
}

impl Search<'_> {
    /// The quickest path whose first move is not banned, and its first move.
    fn best(&self, banned: &[NodeIndex]) -> Option<(CareerPath, NodeIndex)> {
        let target_node = self.graph.role_node(self.target)?;
        let mut labels: Vec<Label> = vec![self.start_label()];
        let mut heap = BinaryHeap::from([(Reverse(self.today), Reverse(0_usize))]);
        let mut settled: HashSet<NodeIndex> = HashSet::new();
        while let Some((_, Reverse(at))) = heap.pop() {
            let Some(label) = labels.get(at).cloned() else { continue };
            if !settled.insert(label.node) {
                continue;
            }
            if label.node == target_node {
                let first = label.first?;
                return Some((self.finish(label), first));
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
            {
                out.extend(self.enter_role(label, target_node, self.target, 0));
            }
        }
        out
    }

    /// Moves from the person's current role, when their profile names one.
    fn moves_in_current_role(&self, label: &Label, allowed: &dyn Fn(NodeIndex) -> bool) -> Vec<Label> {
        let Some(current) = self.profile.position.catalogue_role.as_deref() else { return Vec::new() };
        let Some(index) = self.catalogue.role_index(current) else { return Vec::new() };
        let Some(node) = self.graph.role_node(index) else { return Vec::new() };
        let in_role = self
            .profile
            .experience
            .iter()
            .filter(|job| job.end.is_none())
            .map(|job| u32::try_from(job.start.months_until(self.today).max(0)).unwrap_or(0))
            .max()
            .unwrap_or(0);
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
        let reaches = route
            .leads_to
            .iter()
            .filter_map(|id| self.catalogue.role_index(id))
            .any(|role| self.reaching.get(role).copied().unwrap_or(false));
        let person =
            super::super::matching::ProfileFacts::new(self.catalogue, &label.state.profile, label.arrive)
                .level
                .0;
        let far_below = route
            .leads_to
            .iter()
            .filter_map(|id| self.catalogue.role(id))
            .all(|role| role.pay.band_range().is_some_and(|(_, max)| max.rank() + 1 < person.rank()));
        if !reaches
            || far_below
            || (route.kind == RouteKind::GraduateScheme && self.profile.constraints.will_not_relocate)
        {
            // Routes into posts well below the person's level are not offered as a way forward.
            return None;
        }
        let mut state = label.state.clone();
        let ready = label.arrive.plus(APPLICATION_MONTHS);
        let wait = earliest_meeting(self.catalogue, &mut state, &route.essential, ready, label.arrive)?;
        let mut next = Label {
            node,
            arrive: wait.month,
            state,
            steps: label.steps.clone(),
            first: Some(node),
            pending: None,
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
                    .max(label.arrive.plus(APPLICATION_MONTHS));
                (earliest, label.arrive, false)
            }
            _ => (label.arrive.plus(i32::try_from(min_months).unwrap_or(0)), label.arrive, false),
        };
        let wait = earliest_meeting(self.catalogue, &mut state, &role.essential, earliest, study_from)?;
        if after_stint && earliest.months_until(wait.month) > 6 {
            // After a scheme ends there is no job to gain experience in while waiting.
            return None;
        }
        let mut actions = label.pending.as_ref().map(|(_, actions)| actions.clone()).unwrap_or_default();
        actions.extend(wait.actions);
        let band = role_band(role, state.profile.position.pay.band());
        let job = job_for_role(self.catalogue, role, band);
        state.start_job(&job, wait.month);
        let reason = self.reason(label, role, min_months, wait.month, from_node);
        let mut steps = label.steps.clone();
        steps.push(PathStep {
            kind: StepKind::Role(role.id.clone()),
            title: role.title.clone(),
            band,
            pay_label: role.pay.label(),
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
                if self.profile.position.catalogue_role.is_some()
                    && role.id != self.catalogue.roles.get(self.target).map_or("", |t| t.id.as_str()) =>
            {
                format!("Your current role usually leads to {}; {met}", role.title)
            }
            Some(Node::Start) | None => format!("Apply directly: {met}"),
        }
    }

    fn finish(&self, label: Label) -> CareerPath {
        let mut steps = label.steps;
        let starts: Vec<Month> = steps.iter().map(|step| step.start).collect();
        for (step, next_start) in steps.iter_mut().zip(starts.iter().skip(1)) {
            step.end = Some(next_start.plus(-1).max(step.start));
        }
        let label_text = match label.first.and_then(|node| self.graph.node(node)) {
            Some(Node::Route(index)) => {
                self.catalogue.routes.get(index).map_or_else(String::new, |route| route.title.clone())
            }
            Some(Node::Role(index)) if Some(index) == Some(self.target) && steps.len() == 2 => {
                "Apply directly when you meet the requirements".to_owned()
            }
            _ => "Work your way up from where you are".to_owned(),
        };
        let mut notes = Vec::new();
        for step in &steps {
            if let StepKind::Route(id) = &step.kind
                && let Some(route) = self.catalogue.route(id)
            {
                for note in &route.notes {
                    let applies = match note.topic {
                        super::super::model::catalogue::NoteTopic::NhsStaffMustResign => {
                            self.profile.position.in_nhs
                        }
                        super::super::model::catalogue::NoteTopic::FullTimeOnly => true,
                        _ => false,
                    };
                    if applies {
                        notes.push(note.text.clone());
                    }
                }
            }
        }
        CareerPath {
            label: label_text,
            months_to_target: u32::try_from(self.today.months_until(label.arrive).max(0)).unwrap_or(0),
            arrival: label.arrive,
            target: self.catalogue.roles.get(self.target).map_or_else(String::new, |role| role.id.clone()),
            steps,
            pay: super::super::pay::PayPath::default(),
            notes,
        }
    }
}

/// The job a path puts a person in for a role at a band: its experience area and the typical
/// responsibility of the band (and of the role's upper band after two years).
#[must_use]
pub fn job_for_role(catalogue: &Catalogue, role: &Role, band: Option<Band>) -> SimJob {
    let (people, budget_pounds) = typical_responsibility(band);
    let upper = role
        .pay
        .band_range()
        .filter(|(_, max)| band.is_some_and(|band| band < *max))
        .map(|(_, max)| typical_responsibility(Some(max)));
    SimJob {
        title: role.title.clone(),
        area: role
            .experience_area
            .or_else(|| catalogue.specialism(&role.specialism).map(|s| s.experience_area))
            .unwrap_or(super::super::model::taxonomy::Area::GeneralManagement),
        band,
        people,
        budget_pounds,
        upper,
    }
}

/// The job a path puts a person in while on a route (a scheme or an apprenticeship).
#[must_use]
pub fn job_for_route(catalogue: &Catalogue, route: &Route) -> SimJob {
    let people = if route.kind == RouteKind::GraduateScheme {
        super::super::model::profile::People::Supervised(3)
    } else {
        super::super::model::profile::People::NoStaff
    };
    SimJob {
        title: route.title.clone(),
        area: route_area(catalogue, route),
        band: route.band,
        people,
        budget_pounds: None,
        upper: None,
    }
}

/// The band a person takes a role at: its lowest band, or their own if higher and in range.
#[must_use]
pub fn role_band(role: &Role, current: Option<Band>) -> Option<Band> {
    let super::super::model::catalogue::RolePay::Afc { min, max, .. } = role.pay else { return None };
    Some(current.filter(|band| (min..=max).contains(band)).unwrap_or(min))
}

/// The area experience on a route counts as.
fn route_area(catalogue: &Catalogue, route: &Route) -> super::super::model::taxonomy::Area {
    route
        .specialism
        .as_deref()
        .and_then(|id| catalogue.specialism(id))
        .map_or(super::super::model::taxonomy::Area::Administration, |specialism| specialism.experience_area)
}

/// The first intake month on or after `ready`: schemes with published pay start in the month
/// their pay applies from (September for the graduate scheme); others start when ready.
fn intake_month(route: &Route, ready: Month) -> Month {
    let Some(pay) = &route.pay else { return ready };
    let intake = Month::of(pay.applies_from).number();
    (0..12).map(|ahead| ready.plus(ahead)).find(|month| month.number() == intake).unwrap_or(ready)
}
