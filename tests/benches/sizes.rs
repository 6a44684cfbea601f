//! The map sizes the benchmarks measure.

/// 100, 1,000 and 10,000 cards under `cargo bench`; only 100 when `cargo test` runs the
/// benchmarks once as a smoke test, so the test command stays quick.
pub fn sizes() -> Vec<usize> {
    if std::env::args().any(|a| a == "--bench") {
        vec![100, 1_000, 10_000]
    } else {
        vec![100]
    }
}
