//! What start-up costs before the window system is involved: parsing the embedded catalogue,
//! and the first frame of the app (fonts, layout, tessellation) against a bare window's first
//! frame. `.ci/bench-window` measures the real window to its first painted frame.
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use careers_planner::app::App;
use careers_planner::domain::model::catalogue::Catalogue;
use careers_planner::domain::{Month, embedded};
use careers_planner::state::{Command, Folders, View};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn first_frame<State>(mut harness: Harness<'_, State>) -> usize {
    harness.step();
    let output = harness.output();
    harness.ctx.tessellate(output.shapes.clone(), output.pixels_per_point).len()
}

fn app(catalogue: &'static Catalogue, example: bool) -> App {
    let mut app = App::new(catalogue, Month::new(2026, 11).expect("month"), Folders::default());
    if example {
        app.push(Command::OpenExample("graduate-2-2.ron".to_owned()));
        app.push(Command::Show(View::Path));
    }
    app
}

fn startup(c: &mut Criterion) {
    c.bench_function("startup_parse_catalogue", |b| {
        b.iter(|| Catalogue::from_files(&embedded::asset_files()).expect("catalogue"));
    });
    let catalogue = embedded::catalogue().expect("catalogue");
    let mut group = c.benchmark_group("startup_first_frame");
    group.sample_size(30);
    group.bench_function("bare", |b| {
        b.iter_batched(
            || {
                Harness::builder().with_size([1280.0, 800.0]).build_ui(|ui| {
                    egui::CentralPanel::default().show(ui, |ui| {
                        ui.label("A bare eframe window");
                    });
                })
            },
            first_frame,
            BatchSize::PerIteration,
        );
    });
    for (name, example) in [("app_start", false), ("app_example_path", true)] {
        group.bench_function(name, |b| {
            b.iter_batched(
                || {
                    Harness::builder()
                        .with_size([1280.0, 800.0])
                        .build_ui_state(|ui, app: &mut App| app.ui(ui), app(catalogue, example))
                },
                first_frame,
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
