//! Attaches the methods of every built-in type (each family in its own module).

use crate::vm::Vm;

/// Install all built-in methods.
pub fn install(vm: &mut Vm) {
    super::object::install(vm);
    super::numbers::install(vm);
    super::str::install(vm);
    super::bytes::install(vm);
    super::bytes_text::install(vm);
    super::list::install(vm);
    super::dict::install(vm);
    crate::stdlib::array::install(vm);
    super::memoryview::install(vm);
    crate::stdlib::random::install(vm);
    crate::stdlib::sre::install(vm);
    crate::stdlib::sre::matchobj::install(vm);
    crate::stdlib::ctypes::install(vm);
    crate::stdlib::weakref::install(vm);
    super::set::install(vm);
    super::file::install(vm);
    super::operator_dunders::install(vm);
}
