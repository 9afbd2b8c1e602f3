"""Every dotted path the project's settings name can be imported: a module moved without its
setting would otherwise be found only by the crawl that needs it (or never: Scrapy ignores a
misspelt component of some settings)."""

import pytest
from scrapy.settings import Settings
from scrapy.utils.misc import load_object

from newscrawler import settings as project_settings

DOTTED = r"newscrawler(?:\.\w+)+"


def dotted_paths(value):
    """Every string in a setting's value (dict keys included) that names a newscrawler object."""
    import re

    if isinstance(value, str):
        return [value] if re.fullmatch(DOTTED, value) else []
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in dotted_paths(k) + dotted_paths(v)]
    if isinstance(value, (list, tuple)):
        return [p for v in value for p in dotted_paths(v)]
    return []


def named_paths():
    s = Settings()
    s.setmodule(project_settings, priority="project")
    return sorted({p for name, value in s.copy_to_dict().items() for p in dotted_paths(value)})


def test_settings_name_components_of_every_stage():
    paths = named_paths()
    for prefix in ("newscrawler.items.pipelines.", "newscrawler.storage.", "newscrawler.fetch.", "newscrawler.spiders"):
        assert any(p.startswith(prefix) for p in paths), prefix


@pytest.mark.parametrize("path", named_paths())
def test_dotted_path_imports(path):
    try:
        load_object(path)
    except (ValueError, NameError):  # a module (SPIDER_MODULES, COMMANDS_MODULE), not an object in one
        __import__(path)
