//! Numeric kernels over raw buffers (placeholder until the array/ndarray issues).
#![deny(missing_docs)]
