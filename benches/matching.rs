//! Matching one profile against the shipped catalogue and against generated catalogues of
//! 1,000 and 10,000 roles: cost should grow linearly with the number of roles.
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use std::hint::black_box;

use careers_planner::domain::matching::match_profile;
use careers_planner::domain::{Month, embedded, synthetic};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn matching(c: &mut Criterion) {
    let base = embedded::catalogue().expect("catalogue");
    let (_, text) =
        embedded::sample_profiles().iter().find(|(name, _)| *name == "nurse-diphe.ron").expect("sample");
    let profile = careers_planner::storage::parse_bytes(text.as_bytes()).expect("profile").save.profile;
    let today = Month::new(2026, 11).expect("month");
    let mut group = c.benchmark_group("match_profile");
    for roles in [base.roles.len(), 1_000, 10_000] {
        let catalogue = synthetic::with_role_count(base, roles);
        group.throughput(Throughput::Elements(roles as u64));
        group.bench_with_input(BenchmarkId::from_parameter(roles), &catalogue, |b, catalogue| {
            b.iter(|| match_profile(black_box(catalogue), black_box(&profile), today));
        });
    }
    group.finish();
}

criterion_group!(benches, matching);
criterion_main!(benches);
