#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Plot map_bench's rows (build/bench/map_bench.json) as one PNG.

usage: plot.py [JSON [PNG]]   (defaults: build/bench/map_bench.json and
                               build/bench/map_bench.png)

Panels:
  - population: time per GiB against the region size, map and unmap, one
    line per path and kind of memory (one call per region);
  - population by chunk size: time per GiB against the chunk size for the
    largest region, map, per path (4 KiB memory and THP);
  - vIOMMU traffic: pairs per second, per path and thread layout;
  - contention: B's 4 KiB map latency percentiles, alone and while A maps,
    one line per path and case (log scale).
make bench runs it after the VM; matplotlib comes from python3-matplotlib
(scripts/deps.sh --bench).
"""
import json
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PATHS = ["ioasid", "type1", "iommufd", "no-dev", "floor"]
STYLE = {
    "ioasid": ("tab:blue", "-"),
    "type1": ("tab:orange", "-"),
    "iommufd": ("tab:green", "-"),
    "no-dev": ("tab:gray", ":"),
    "floor": ("black", "--"),
}
SIZE = re.compile(r"^(map|unmap) (\S+) (\d+)([KMG]) x (\d+) = (\d+)([KMG])$")
UNITS = {"K": 1 / (1024 * 1024), "M": 1 / 1024, "G": 1}


def gib(num, unit):
    return int(num) * UNITS[unit]


def population_rows(rows):
    """(op, mem, chunk GiB, region GiB, row) for every population row."""
    out = []
    for r in rows:
        if r.get("section") != "population":
            continue
        m = SIZE.match(r["row"])
        if m:
            op, mem, cn, cu, _, rn, ru = m.groups()
            out.append((op, mem, gib(cn, cu), gib(rn, ru), r))
    return out


def per_gib(r, path):
    return r[path] / r["per"] if path in r else None


def plot_population(ax, pop, op):
    mems = sorted({m for _, m, _, _, _ in pop})
    for mem in mems:
        for path in PATHS:
            pts = sorted((reg, per_gib(r, path)) for o, m, ch, reg, r in pop
                         if o == op and m == mem and ch == reg and path in r)
            if len(pts) < 1:
                continue
            color, _ = STYLE[path]
            ls = {"THP": "-", "hugetlb-2M": "-.", "4K": ":"}.get(mem, "-")
            ax.plot([p[0] for p in pts], [p[1] for p in pts], ls, marker="o",
                    color=color, label=f"{path}, {mem}")
    ax.set_xlabel("GiB mapped in one call")
    ax.set_ylabel("ms per GiB")
    ax.set_title(f"population: {op}")
    ax.set_xscale("log", base=2)
    ax.legend(fontsize=6, ncol=2)


def plot_chunks(ax, pop):
    big = max((reg for _, _, _, reg, _ in pop), default=0)
    for mem, ls in (("THP", "-"), ("4K", ":")):
        for path in PATHS:
            pts = sorted((ch * 1024 * 1024, per_gib(r, path))
                         for o, m, ch, reg, r in pop
                         if o == "map" and m == mem and reg == big and path in r)
            if pts:
                ax.plot([p[0] for p in pts], [p[1] for p in pts], ls,
                        marker="o", color=STYLE[path][0],
                        label=f"{path}, {mem}")
    ax.set_xscale("log", base=2)
    ax.set_xlabel(f"chunk (KiB), {big:g} GiB mapped")
    ax.set_ylabel("ms per GiB")
    ax.set_title("population: map, by chunk size")
    ax.legend(fontsize=6, ncol=2)


def plot_viommu(ax, rows):
    vrows = [r for r in rows if r.get("section") == "viommu"]
    width = 0.8 / len(PATHS)
    for i, path in enumerate(PATHS):
        xs, ys = [], []
        for j, r in enumerate(vrows):
            if path in r:
                xs.append(j + i * width)
                ys.append(r["per"] / (r[path] / 1e9))
        if xs:
            ax.bar(xs, ys, width, color=STYLE[path][0], label=path)
    ax.set_xticks([j + 0.4 - width / 2 for j in range(len(vrows))])
    ax.set_xticklabels([r["row"].replace("4K map+unmap pairs, ", "")
                        for r in vrows], fontsize=7)
    ax.set_ylabel("pairs per second")
    ax.set_title("vIOMMU: 4 KiB map+unmap pairs")
    ax.legend(fontsize=6)


def plot_latency(ax, rows):
    for r in rows:
        if r.get("section") != "latency":
            continue
        pct = r["percentiles_ns"]
        xs = sorted(pct, key=float)
        color = STYLE.get(r["path"], ("black", "-"))[0]
        ls = "-" if r["case"] == "alone" else "--"
        ax.plot([float(x) for x in xs], [pct[x] / 1e3 for x in xs], ls,
                marker=".", color=color, label=f"{r['path']}, {r['case']}")
    ax.set_yscale("log")
    ax.set_xlabel("percentile")
    ax.set_ylabel("us per 4 KiB map")
    ax.set_title("contention: B's latency, alone / while A maps")
    ax.legend(fontsize=6)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "build/bench/map_bench.json"
    dst = sys.argv[2] if len(sys.argv) > 2 else "build/bench/map_bench.png"
    with open(src) as f:
        rows = json.load(f)
    pop = population_rows(rows)
    fig, axes = plt.subplots(2, 3, figsize=(18, 10))
    plot_population(axes[0][0], pop, "map")
    plot_population(axes[0][1], pop, "unmap")
    plot_chunks(axes[0][2], pop)
    plot_viommu(axes[1][0], rows)
    plot_latency(axes[1][1], rows)
    axes[1][2].axis("off")
    axes[1][2].text(0, 1, "map_bench: ioasid, VFIO type1, upstream iommufd,\n"
                    "no-dev (bookkeeping only) and floor (pin + iommu_map,\n"
                    "no bookkeeping), one VM boot; medians.\n"
                    "Documentation/benchmarks.rst says what each row is.",
                    va="top", fontsize=9)
    fig.tight_layout()
    fig.savefig(dst, dpi=80)
    print(f"plot.py: {dst}")


if __name__ == "__main__":
    main()
