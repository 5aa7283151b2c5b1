//! The progression graph: roles as nodes, "usually leads to" as edges with the typical minimum
//! time in the earlier role, and entry routes as the ways in from where a person starts.

use petgraph::graph::{DiGraph, NodeIndex};

use super::super::model::catalogue::Catalogue;

/// A node of the progression graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    /// Where the person is now.
    Start,
    /// A role (index into the catalogue's roles).
    Role(usize),
    /// An entry route (index into the catalogue's routes).
    Route(usize),
}

/// An edge: a move and the minimum months before it can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// Typical minimum months in the earlier role or on the route before the move.
    pub min_months: u32,
}

/// Roles, routes and the moves between them.
#[derive(Clone, Debug)]
pub struct ProgressionGraph {
    graph: DiGraph<Node, Edge>,
    start: NodeIndex,
    roles: Vec<NodeIndex>,
    routes: Vec<NodeIndex>,
}

impl ProgressionGraph {
    /// Builds the graph of a catalogue: start → every route, route → the roles it leads into
    /// (after the route's length), role → the roles it usually leads to.
    #[must_use]
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut graph = DiGraph::with_capacity(
            catalogue.roles.len() + catalogue.routes.len() + 1,
            catalogue.roles.len() * 3,
        );
        let start = graph.add_node(Node::Start);
        let roles: Vec<NodeIndex> =
            (0..catalogue.roles.len()).map(|at| graph.add_node(Node::Role(at))).collect();
        let routes: Vec<NodeIndex> =
            (0..catalogue.routes.len()).map(|at| graph.add_node(Node::Route(at))).collect();
        let mut index_of = std::collections::HashMap::with_capacity(catalogue.roles.len());
        for (at, role) in catalogue.roles.iter().enumerate() {
            index_of.insert(role.id.as_str(), at);
        }
        for (at, route) in catalogue.routes.iter().enumerate() {
            graph.add_edge(start, routes[at], Edge { min_months: 0 });
            for id in &route.leads_to {
                if let Some(&role) = index_of.get(id.as_str()) {
                    graph.add_edge(
                        routes[at],
                        roles[role],
                        Edge { min_months: route.duration_months.unwrap_or(0) },
                    );
                }
            }
        }
        for (at, role) in catalogue.roles.iter().enumerate() {
            for next in &role.leads_to {
                if let Some(&target) = index_of.get(next.role.as_str()) {
                    graph.add_edge(roles[at], roles[target], Edge { min_months: next.min_months });
                }
            }
        }
        Self { graph, start, roles, routes }
    }

    /// The start node.
    #[must_use]
    pub fn start(&self) -> NodeIndex {
        self.start
    }

    /// The node of a role.
    #[must_use]
    pub fn role_node(&self, index: usize) -> Option<NodeIndex> {
        self.roles.get(index).copied()
    }

    /// The node of a route.
    #[must_use]
    pub fn route_node(&self, index: usize) -> Option<NodeIndex> {
        self.routes.get(index).copied()
    }

    /// What a node is.
    #[must_use]
    pub fn node(&self, index: NodeIndex) -> Option<Node> {
        self.graph.node_weight(index).copied()
    }

    /// The moves out of a node: (next node, minimum months).
    pub fn moves(&self, from: NodeIndex) -> impl Iterator<Item = (NodeIndex, u32)> + '_ {
        use petgraph::visit::EdgeRef as _;
        self.graph.edges(from).map(|edge| (edge.target(), edge.weight().min_months))
    }

    /// Number of nodes and edges.
    #[must_use]
    pub fn size(&self) -> (usize, usize) {
        (self.graph.node_count(), self.graph.edge_count())
    }

    /// The roles from which a role can be reached by "leads to" moves (itself included): the
    /// only roles worth exploring on the way to it.
    #[must_use]
    pub fn roles_reaching(&self, target: usize) -> Vec<bool> {
        let mut reaching = vec![false; self.roles.len()];
        let Some(&target_node) = self.roles.get(target) else { return reaching };
        let reversed = petgraph::visit::Reversed(&self.graph);
        let mut search = petgraph::visit::Bfs::new(reversed, target_node);
        while let Some(node) = search.next(reversed) {
            if let Some(Node::Role(at)) = self.graph.node_weight(node).copied()
                && let Some(flag) = reaching.get_mut(at)
            {
                *flag = true;
            }
        }
        reaching
    }
}
