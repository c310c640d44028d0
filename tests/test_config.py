import pytest

from pipeline import Pipeline
from pipeline.config import load_config
from pipeline.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BASE = "pipeline: [normalize, segment]\nstages:\n  normalize: {backend: hazm_repair}\n  segment: {backend: rules}\n"


@pytest.mark.parametrize("text, message", [
    ("pipeline: [normalize, segment]\nstagez: {}\n", "stagez: unknown key; allowed: pipeline, stages, limits"),
    ("pipeline: normalize\n", "pipeline: expected a list of stage names"),
    ("pipeline: [normalize, tokenize]\n", "unknown stage 'tokenize'"),
    (BASE.replace("backend: rules", "backend: magic"), "stages.segment.backend: stage 'segment' has no backend 'magic'"),
    (BASE.replace("{backend: rules}", "{backend: rules, colour: red}"), "stages.segment.colour: unknown key; allowed:"),
    (BASE.replace("{backend: rules}", "{backend: rules, split_clitics: maybe}"), "stages.segment.split_clitics:"),
    (BASE.replace("{backend: rules}", "{backend: rules, enabled: 3}"), "stages.segment.enabled: expected true or false"),
    ("pipeline: [segment]\nstages:\n  normalize: {backend: hazm_repair}\n", "stages.normalize: not in pipeline"),
    (BASE + "limits: {max_doc_chars: -1}\n", "limits.max_doc_chars: expected a positive integer"),
    ("pipeline: [normalize\n", "not valid YAML"),
    (BASE.replace("{backend: rules}", "{backend: rules, resources: no/such/folder}"),
     "stages.segment.resources: path does not exist"),
])
def test_bad_config_is_one_clear_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    text = str(err.value)
    assert str(path) in text and message in text and "\n" not in text


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_override_sets_value_and_is_validated(tmp_path):
    path = write(tmp_path, BASE)
    cfg = load_config(path, ["segment.split_clitics=false"])
    assert cfg.stages[1].options.split_clitics is False
    with pytest.raises(ConfigError, match="stages.segment.split_clitics"):
        load_config(path, ["segment.split_clitics=[1]"])
    with pytest.raises(ConfigError, match="expected stage.key=value"):
        load_config(path, ["segment.split_clitics"])


def test_unmet_requirements_are_all_named(tmp_path):
    path = write(tmp_path, "pipeline: [segment]\nstages:\n  segment: {backend: rules}\n")
    with pytest.raises(ConfigError, match="segment \\(rules\\) needs normalized"):
        Pipeline.from_config(path)


def test_stage_can_be_switched_off(tmp_path):
    path = write(tmp_path, BASE)
    pipe = Pipeline.from_config(path, ["segment.enabled=false"])
    assert pipe.names == ["normalize"]
    doc = pipe("سلام دنیا.")
    assert doc.normalized and not doc.sentences


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "pipeline: !!python/object/apply:os.system ['echo hacked']\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(path)


def test_filled_config_spells_out_defaults(tmp_path):
    cfg = load_config(write(tmp_path, BASE))
    filled = cfg.filled()
    assert filled["stages"]["segment"]["backend"] == "rules"
    assert "split_clitics" in filled["stages"]["segment"]
    assert filled["limits"]["max_doc_chars"] > 0
