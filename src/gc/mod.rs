//! Allocation and collection (DESIGN.md decision 2): a non-moving mark-sweep heap.
pub mod heap;
pub use heap::Heap;
