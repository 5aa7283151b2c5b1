//! CPU time per frame of the window (layout and tessellation, no GPU), with the shipped
//! catalogue and a generated one of 10,000 roles: a frame with nothing changing, and a frame
//! scrolling the roles list. The ratio of the two catalogues shows what virtualisation buys.
#![expect(clippy::expect_used, reason = "a benchmark stops at once on bad set-up")]
#![expect(missing_docs, reason = "criterion's macros generate undocumented functions")]

use careers_planner::app::App;
use careers_planner::domain::model::catalogue::Catalogue;
use careers_planner::domain::{Month, embedded, synthetic};
use careers_planner::state::{Command, Folders, View};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn window(catalogue: &'static Catalogue, view: View) -> Harness<'static, App> {
    let mut app = App::new(catalogue, Month::new(2026, 11).expect("month"), Folders::default());
    app.push(Command::OpenExample("graduate-2-2.ron".to_owned()));
    app.push(Command::Show(view));
    let mut harness =
        Harness::builder().with_size([1280.0, 800.0]).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run_steps(4);
    harness
}

/// One frame: the app's UI, then the shapes tessellated as the renderer would.
fn frame(harness: &mut Harness<'static, App>) -> usize {
    harness.step();
    let output = harness.output();
    harness.ctx.tessellate(output.shapes.clone(), output.pixels_per_point).len()
}

fn frames(c: &mut Criterion) {
    let base = embedded::catalogue().expect("catalogue");
    let large: &'static Catalogue = Box::leak(Box::new(synthetic::with_role_count(base, 10_000)));
    for (name, view) in [("roles", View::Roles), ("path", View::Path), ("profile", View::Profile)] {
        let mut group = c.benchmark_group(format!("frame_{name}"));
        for catalogue in [base, large] {
            let mut harness = window(catalogue, view);
            group.bench_function(BenchmarkId::from_parameter(catalogue.roles.len()), |b| {
                b.iter(|| frame(&mut harness));
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("frame_roles_scrolling");
    for catalogue in [base, large] {
        let mut harness = window(catalogue, View::Roles);
        harness.hover_at(egui::pos2(180.0, 400.0));
        let mut down = true;
        group.bench_function(BenchmarkId::from_parameter(catalogue.roles.len()), |b| {
            b.iter(|| {
                let delta = if down { -120.0 } else { 120.0 };
                down = !down;
                harness.event(egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, delta),
                    phase: egui::TouchPhase::Move,
                    modifiers: egui::Modifiers::NONE,
                    source: egui::MouseWheelSource::Wheel,
                });
                frame(&mut harness)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
