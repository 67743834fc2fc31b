# Imported modules carry __spec__ with name and parent.
import sys
sys.path.insert(0, "_lib")
import plainmod
import geo.util
print(plainmod.__spec__.name, repr(plainmod.__spec__.parent))
print(geo.__spec__.name, geo.__spec__.parent, geo.util.__spec__.name, geo.util.__spec__.parent)
print(geo.__spec__.origin.rsplit("/", 2)[-2:], geo.__spec__.submodule_search_locations is not None)
print(plainmod.__spec__.submodule_search_locations)
