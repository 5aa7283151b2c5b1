//! The PDF action plan: building the report and rendering it for a typical sample person
//! (five pages), and how rendering grows with the number of actions (10, 100, 1,000).
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use std::hint::black_box;

use careers_planner::domain::model::profile::{ActionItem, ActionKind, ActionStatus, Profile};
use careers_planner::domain::{Month, embedded};
use careers_planner::report::{prepare, render};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn sample(name: &str) -> Profile {
    let (_, text) = embedded::sample_profiles().iter().find(|(file, _)| *file == name).expect("sample");
    careers_planner::storage::parse_bytes(text.as_bytes()).expect("profile").save.profile
}

fn with_actions(mut profile: Profile, count: usize) -> Profile {
    profile.actions = (1..=count)
        .map(|number| ActionItem {
            title: format!(
                "Action {number}: shadow a service manager for a day and write up what you learnt"
            ),
            kind: ActionKind::ALL[number % 4],
            due: Month::new(2027, 1).map(|month| month.plus(i32::try_from(number % 120).unwrap_or(0))),
            status: ActionStatus::ALL[number % 3],
            serves: None,
            note: if number % 5 == 0 { "Ask the ward manager first".to_owned() } else { String::new() },
        })
        .collect();
    profile
}

fn report(c: &mut Criterion) {
    let catalogue = embedded::catalogue().expect("catalogue");
    let today = Month::new(2026, 11).expect("month");
    let typical = sample("graduate-2-2.ron");
    let mut group = c.benchmark_group("report_typical");
    group.bench_function("build_and_render", |b| {
        b.iter(|| {
            let report = prepare(catalogue, black_box(&typical), today, None).expect("plan");
            render(&report).expect("pdf")
        });
    });
    let built = prepare(catalogue, &typical, today, None).expect("plan");
    group.bench_function("render_only", |b| b.iter(|| render(black_box(&built)).expect("pdf")));
    group.finish();
    let mut group = c.benchmark_group("report_actions");
    group.sample_size(20);
    for count in [10, 100, 1_000] {
        let report = prepare(catalogue, &with_actions(typical.clone(), count), today, None).expect("plan");
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &report, |b, report| {
            b.iter(|| render(black_box(report)).expect("pdf"));
        });
    }
    group.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
