"""Assertions on a CliRunner result shared by the command tests."""


def ok(result):
    assert result.exit_code == 0, result.output  # click >= 8.2: output interleaves stdout and stderr
    return result


def fails(result, message):
    assert result.exit_code != 0
    text = result.output
    assert message in text, text
    assert "Traceback" not in text
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in text.strip().splitlines() if line.startswith("Error")]
    assert len(lines) == 1
    return text
