#!/usr/bin/env python3
"""Builds data/atlas.bin, the coastlines and country borders the map draws, from Natural
Earth 4.1.0 as packaged in TopoJSON by the npm package world-atlas 2.0.2.

    python3 tools/atlas.py            # fetches world-atlas with `npm pack`, writes data/atlas.bin
    python3 tools/atlas.py --from DIR # uses an unpacked world-atlas package in DIR

Natural Earth is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/);
world-atlas is ISC-licensed (Copyright 2013-2019 Michael Bostock). Only coordinates are
taken: no names, no other attributes.

From each of countries-50m.json (the regional zoom) and countries-110m.json (the world):
an arc that bounds one country is coast (or the shore of the Caspian); an arc two countries
share is a border. Each arc is simplified (Douglas-Peucker, ends kept, so coasts and borders
still meet) to well under one braille dot of the finest view that uses it, and rounded to
hundredths of a degree. Lines are cut where they wrap round the 180th meridian, and
stretches along it (where Natural Earth cuts Russia, Fiji and Antarctica) are left out.

The file (little-endian):
    b"PCATLAS1"
    u16 layer count
    per layer: u8 kind (0 coast, 1 border), u8 scale (50 or 110), u32 line count,
               u32 first line (index into the line table)
    line table: per line i16 west, south, east, north (bbox), u32 first point, u32 point count
    points: i16 longitude, i16 latitude, in hundredths of a degree
"""
import argparse
import hashlib
import json
import os
import struct
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "world-atlas@2.0.2"
SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
# Degrees; a braille dot of the regional view at 300 columns is about 0.08 degrees, of the
# world view about 0.5.
TOLERANCE = {50: 0.02, 110: 0.1}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "atlas.bin")


def fetch(tmp):
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = os.path.join(tmp, "world-atlas-2.0.2.tgz")
    digest = hashlib.sha256(open(tgz, "rb").read()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{tgz}: sha256 {digest}, expected {SHA256}")
    with tarfile.open(tgz) as t:
        t.extractall(tmp, filter="data")
    return os.path.join(tmp, "package")


def arcs_of(topology):
    """The arcs as lists of (lon, lat), decoded from quantized deltas."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def owners(topology):
    """For each arc, the countries whose rings use it."""
    used = {}
    for n, geometry in enumerate(topology["objects"]["countries"]["geometries"]):
        polygons = {"Polygon": [geometry.get("arcs", [])],
                    "MultiPolygon": geometry.get("arcs", [])}.get(geometry["type"], [])
        for polygon in polygons:
            for ring in polygon:
                for index in ring:
                    used.setdefault(index if index >= 0 else ~index, set()).add(n)
    return used


def simplify(points, tolerance):
    """Douglas-Peucker, iterative; the first and last points are kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        far, at = 0.0, None
        for i in range(a + 1, b):
            px, py = points[i]
            if length == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / length
            if d > far:
                far, at = d, i
        if at is not None and far > tolerance:
            keep[at] = True
            stack += [(a, at), (at, b)]
    return [p for p, k in zip(points, keep) if k]


def quantize(points):
    out = []
    for lon, lat in points:
        q = (round(lon * 100), round(lat * 100))
        if not out or out[-1] != q:
            out.append(q)
    return out


def split(points):
    """Runs of `points` without the seam Natural Earth cuts the globe at: a step of more
    than half the world in longitude (a ring that wraps round from 180 to -180) and a
    step along the 180th meridian itself are not lines on the map."""
    runs, run = [], []
    for p in points:
        if run:
            q = run[-1]
            wraps = abs(p[0] - q[0]) > 18000
            on_seam = abs(p[0]) >= 17999 and abs(q[0]) >= 17999
            if wraps or on_seam:
                runs.append(run)
                run = []
        run.append(p)
    runs.append(run)
    return [r for r in runs if len(r) >= 2]


def layers(package):
    for scale in (50, 110):
        topology = json.load(open(os.path.join(package, f"countries-{scale}m.json")))
        arcs = arcs_of(topology)
        used = owners(topology)
        lines = {0: [], 1: []}
        for index, points in enumerate(arcs):
            kind = {1: 0, 2: 1}.get(len(used.get(index, ())))
            if kind is None:
                continue
            lines[kind] += split(quantize(simplify(points, TOLERANCE[scale])))
        for kind in (0, 1):
            yield kind, scale, lines[kind]


def write(all_layers):
    table, points, head = [], [], []
    for kind, scale, lines in all_layers:
        head.append((kind, scale, len(lines), len(table)))
        for line in lines:
            xs, ys = [p[0] for p in line], [p[1] for p in line]
            table.append((min(xs), min(ys), max(xs), max(ys), len(points), len(line)))
            points += line
    data = bytearray(b"PCATLAS1")
    data += struct.pack("<H", len(head))
    for kind, scale, count, first in head:
        data += struct.pack("<BBII", kind, scale, count, first)
    for row in table:
        data += struct.pack("<hhhhII", *row)
    for lon, lat in points:
        data += struct.pack("<hh", lon, lat)
    return bytes(data), head, len(points)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="package", help="an unpacked world-atlas package")
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = args.package or fetch(tmp)
        data, head, count = write(list(layers(package)))
    with open(args.out, "wb") as f:
        f.write(data)
    for kind, scale, lines, _ in head:
        print(f"{('coast', 'borders')[kind]} 1:{scale}m: {lines} lines")
    print(f"{count} points, {len(data)} bytes -> {os.path.normpath(args.out)}")


if __name__ == "__main__":
    main()
