//! Planning three alternative paths for a sample person on the shipped catalogue and on
//! generated catalogues of 1,000 and 10,000 roles, with the graph built once per catalogue; and
//! building the graph itself.
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use std::hint::black_box;

use careers_planner::domain::progression::{PlanOptions, ProgressionGraph, plan};
use careers_planner::domain::{Month, embedded, synthetic};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn planning(c: &mut Criterion) {
    let base = embedded::catalogue().expect("catalogue");
    let (_, text) =
        embedded::sample_profiles().iter().find(|(name, _)| *name == "graduate-2-2.ron").expect("sample");
    let profile = careers_planner::storage::parse_bytes(text.as_bytes()).expect("profile").save.profile;
    let today = Month::new(2026, 11).expect("month");
    let options = PlanOptions { target: Some("general-manager".to_owned()), ..PlanOptions::default() };
    let mut group = c.benchmark_group("plan_three_alternatives");
    for roles in [base.roles.len(), 1_000, 10_000] {
        let catalogue = synthetic::with_role_count(base, roles);
        let graph = ProgressionGraph::new(&catalogue);
        group.throughput(Throughput::Elements(roles as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(roles),
            &(catalogue, graph),
            |b, (catalogue, graph)| {
                b.iter(|| plan(black_box(catalogue), black_box(graph), black_box(&profile), today, &options));
            },
        );
    }
    group.finish();
    let mut group = c.benchmark_group("build_graph");
    for roles in [base.roles.len(), 10_000] {
        let catalogue = synthetic::with_role_count(base, roles);
        group.bench_with_input(BenchmarkId::from_parameter(roles), &catalogue, |b, catalogue| {
            b.iter(|| ProgressionGraph::new(black_box(catalogue)));
        });
    }
    group.finish();
}

criterion_group!(benches, planning);
criterion_main!(benches);
