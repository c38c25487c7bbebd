"""Turns JMH's JSON results into the benchmark table and benchmarks/results.json.

Every row pairs one of our benchmarks with a baseline measured in the same run. Its ratio is
always "how many times better or worse than the baseline", oriented by the row's kind:
  cost:  ours' time / baseline's time  (lower is better; the target is a ceiling, <=)
  speed: ours' rate / baseline's rate  (higher is better; the target is a floor, >=)
Usage: results.py JMH_JSON RESULTS_JSON PROFILE. Exits 1 when a row misses its target or is missing.
"""
import datetime
import json
import os
import platform
import subprocess
import sys

PKG = "org.testbench.benchmarks."

# name, ours, baseline, kind, target, unit (rates only: what one operation delivers), per operation
ROWS = [
    ("pose repeatability RP, 1M poses / sum of arrays",
     "PoseRepeatabilityBenchmark.poseRepeatability", "PoseRepeatabilityBenchmark.sumCoordinates",
     "cost", 100.0, None, 1),
    ("path AT+RT, 10 x 100k points / sum of arrays",
     "PathCharacteristicsBenchmark.pathAccuracyAndRepeatability", "PathCharacteristicsBenchmark.sumCoordinates",
     "cost", 250.0, None, 1),
    ("samples.csv write, 10k samples / raw buffered write",
     "SampleCsvBenchmark.sampleCsv", "SampleCsvBenchmark.rawWrite",
     "speed", 0.15, None, 1),
    ("OPC UA read 10 nodes: OpcUaChannel / Milo readValues",
     "OpcUaReadBenchmark.channelRead", "OpcUaReadBenchmark.miloReadValues",
     "speed", 0.9, "reads/s", 1),
    ("OPC UA notifications, 1000 nodes: OpcUaChannel / Milo subscription",
     "OpcUaNotificationBenchmark.channelNotifications", "OpcUaNotificationBenchmark.miloNotifications",
     "speed", 0.9, "notifications/s", 1000),
    ("Modbus read 10 registers: ModbusChannel / plc4j",
     "ModbusReadBenchmark.channelRead10", "ModbusReadBenchmark.plc4jRead10",
     "speed", 0.9, "reads/s", 1),
    ("Modbus 20-signal map: coalesced / one per request",
     "ModbusReadBenchmark.coalesced20", "ModbusReadBenchmark.oneSignalPerRequest20",
     "speed", 10.0, "samples/s", 20),
    ("reducer hysteresis analysis, 1M samples / sum of arrays",
     "HysteresisBenchmark.hysteresisAnalysis", "HysteresisBenchmark.sumSamples",
     "speed", 0.2, None, 1),
    ("pose-run report HTML+PDF / empty page PDF",
     "ReportBenchmark.poseRunReport", "ReportBenchmark.emptyPage",
     "cost", 50.0, None, 1),
]

TIME_UNITS = {"ns/op": 1e-9, "us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}
RATE_UNITS = {"ops/ns": 1e9, "ops/us": 1e6, "ops/ms": 1e3, "ops/s": 1.0, "ops/min": 1 / 60.0}


def seconds_per_op(metric):
    unit = metric["scoreUnit"]
    if unit in TIME_UNITS:
        return metric["score"] * TIME_UNITS[unit]
    if unit in RATE_UNITS:
        return 1.0 / (metric["score"] * RATE_UNITS[unit])
    raise SystemExit("results.py: unknown JMH unit " + unit)


def shown(seconds, unit, per_op):
    if unit is None:
        for name, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
            if seconds >= scale:
                return "%.3g %s/op" % (seconds / scale, name)
        return "%.3g ns/op" % (seconds / 1e-9)
    return "{:,.0f} {}".format(per_op / seconds, unit)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(raw_file, results_file, profile):
    with open(raw_file) as f:
        raw = json.load(f)
    measured = {}
    for entry in raw:
        name = entry["benchmark"]
        measured[name[len(PKG):] if name.startswith(PKG) else name] = entry["primaryMetric"]
    rows = []
    for name, ours, baseline, kind, target, unit, per_op in ROWS:
        row = {"name": name, "ours_benchmark": ours, "baseline_benchmark": baseline, "kind": kind,
               "target": ("<= " if kind == "cost" else ">= ") + "%g" % target}
        if ours not in measured or baseline not in measured:
            row.update(ours=None, baseline=None, ratio=None, ok=False,
                       note="not measured: " + ", ".join(b for b in (ours, baseline) if b not in measured))
        else:
            t_ours, t_base = seconds_per_op(measured[ours]), seconds_per_op(measured[baseline])
            ratio = t_ours / t_base if kind == "cost" else t_base / t_ours
            row.update(ours=shown(t_ours, unit, per_op), baseline=shown(t_base, unit, per_op),
                       ours_seconds_per_op=t_ours, baseline_seconds_per_op=t_base, ratio=ratio,
                       ok=ratio <= target if kind == "cost" else ratio >= target)
        rows.append(row)
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    document = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "profile": profile, "nproc": os.cpu_count(), "cpu": cpu_model(), "java": java[0] if java else "",
        "rows": rows,
    }
    with open(results_file, "w") as f:
        json.dump(document, f, indent=2)
        f.write("\n")
    header = ("name", "ours", "baseline", "ratio", "target", "ok")
    table = [header] + [(r["name"], r["ours"] or "-", r["baseline"] or "-",
                         "-" if r["ratio"] is None else "%.3g" % r["ratio"], r["target"],
                         "yes" if r["ok"] else "no") for r in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    print("%s, %s profile, %d x %s" % (document["date"], profile, document["nproc"], document["cpu"]))
    for i, line in enumerate(table):
        print(" | ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip())
        if i == 0:
            print("-|-".join("-" * w for w in widths))
    for r in rows:
        if "note" in r:
            print("%s: %s" % (r["name"], r["note"]))
    return 0 if all(r["ok"] for r in rows) else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: results.py JMH_JSON RESULTS_JSON PROFILE")
    sys.exit(main(*sys.argv[1:]))
