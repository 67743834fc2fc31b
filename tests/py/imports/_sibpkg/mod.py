MOD = "sibpkg.mod"
