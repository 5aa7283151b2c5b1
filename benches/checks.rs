//! How the catalogue checks grow with the number of problems in a file: a sources file of N
//! records with ids the checks refuse, each refusal placed at its line and column. The cost
//! should grow in proportion to N (a data-override folder holds files up to 1 MiB).
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use std::fmt::Write as _;

use careers_planner::domain::embedded;
use careers_planner::domain::model::catalogue::{AssetFile, Catalogue};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// The embedded files with `count` documents with bad ids added at the start of `sources.ron`.
fn files_with_bad_ids(count: usize) -> Vec<AssetFile> {
    let records = (0..count).fold(String::new(), |mut text, n| {
        writeln!(text, "(id: \"Bad id {n:06}\", title: \"T\", publisher: \"P\", location: \"L\"),")
            .expect("write to a string");
        text
    });
    let mut files = embedded::asset_files();
    let sources = files.iter_mut().find(|file| file.name == "sources.ron").expect("sources.ron");
    sources.text = sources.text.replacen("documents: [", &format!("documents: [\n{records}"), 1);
    files
}

fn checks(c: &mut Criterion) {
    let mut group = c.benchmark_group("catalogue_checks_bad_ids");
    group.sample_size(10);
    for count in [1_000, 4_000, 16_000] {
        let files = files_with_bad_ids(count);
        group.throughput(Throughput::Elements(u64::try_from(count).expect("fits")));
        group.bench_with_input(BenchmarkId::from_parameter(count), &files, |b, files| {
            b.iter(|| Catalogue::from_files(files).expect_err("refused"));
        });
    }
    group.finish();
}

criterion_group!(benches, checks);
criterion_main!(benches);
