from .. import star_all
