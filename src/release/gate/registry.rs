//! The gate items, in report order (ids from `release-gate.md`, stable once
//! chosen). Each area's items are declared next to their checks
//! (`checks/<area>.rs`); this is only their order.

use std::sync::LazyLock;

use super::Item;
use super::checks::{ci, contracts, evidence, installer, integration, renderers, safety};

/// Every item, in report order: contracts, renderers, safety, installer, CI,
/// integration, evidence.
pub static ITEMS: LazyLock<Vec<&'static Item>> = LazyLock::new(|| {
    [
        &contracts::ITEMS[..],
        &renderers::ITEMS[..],
        &safety::ITEMS[..],
        &installer::ITEMS[..],
        &ci::ITEMS[..],
        &integration::ITEMS[..],
        &evidence::ITEMS[..],
    ]
    .into_iter()
    .flatten()
    .collect()
});
