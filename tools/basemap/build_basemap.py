#!/usr/bin/env python3
"""Turns the Beijing basemap data pack (GeoJSON, WGS-84) into the app's bundled basemap file.

Usage:  python3 tools/basemap/build_basemap.py PACK_DIR [OUT_DIR]

PACK_DIR holds districts.geojson, beijing-outline.geojson, water.geojson, urban.geojson, places.geojson and
stations.geojson (the pack's README gives each file's source and licence). OUT_DIR defaults to
src/main/resources/org/zgcparks/explorer/basemap. Python 3 standard library only.

The output, beijing-basemap.bin, is a gzip stream (its CRC-32 catches damage) of this big-endian layout:
  magic b"ZGCBASEMAP", format version (u8 = 1)
  then six layers in this order, each a varint count followed by that many records:
    districts: adcode (varint), name_zh, name_en, name_ru, geometry
    outline:   geometry
    water:     kind (u8: 0 reservoir, 1 river, 2 canal), name_zh, name_en, name_ru, geometry
    urban:     geometry
    places:    rank (u8: 0 capital, 1 district town, 2 town, 3 village), in_beijing (u8), population (varint,
               0 = unknown), name_zh, name_en, lon, lat (zigzag varints of 1e-5 degrees)
    stations:  kind (u8: 0 rail, 1 subway, 2 tram, 3 monorail), name_zh, lon, lat
  strings: varint byte length + UTF-8 ("" when the pack has none)
  geometry: u8 type (1 polygons, 2 lines), varint part count; a polygon part is a varint ring count, each ring
            (and each line) a varint point count then the points as zigzag varint deltas of 1e-5 degrees from the
            previous point of the same geometry (the first from 0,0). Rings are closed (last point = first).
Coordinates are kept as given (the pack is rounded to 1e-5 degrees); simplification per zoom is done by the app
when it loads the file, with JTS, so that this file stays a faithful (ODbL) derivative of the pack.

The script also writes ATTRIBUTION.txt, the credit the pack's README requires, next to it, and
ATTRIBUTION-SHORT.txt, the same sources and licences in one short line for the corner of the map.
"""
import gzip
import io
import json
import os
import sys

MAGIC = b"ZGCBASEMAP"
VERSION = 1
SCALE = 100000

ATTRIBUTION = (
    "Map data \u00a9 OpenStreetMap contributors, ODbL 1.0 (openstreetmap.org/copyright) \u2014 district boundaries "
    "via geoBoundaries (Runfola et al. 2020), stations via OpenQGIS/OMap-GeoDB. Rivers and reservoirs: GSHHG "
    "\u00a9 The GMT Team (Wessel & Smith), LGPL-3.0-or-later. Place names: GeoNames (geonames.org), CC BY 4.0, "
    "modified. Urban areas and some water names: Made with Natural Earth (public domain).")
# The same credit in one short line for the corner of the map (the full text is a click or a hover away there).
ATTRIBUTION_SHORT = (
    "\u00a9 OpenStreetMap contributors (ODbL), GSHHG (LGPL), GeoNames (CC BY 4.0), Natural Earth")

# Russian names of the districts and waters, in the usual Palladius transcription (the pack has none).
RUSSIAN = {
    "东城区": "Дунчэн", "西城区": "Сичэн", "朝阳区": "Чаоян", "丰台区": "Фэнтай", "石景山区": "Шицзиншань",
    "海淀区": "Хайдянь", "门头沟区": "Мэньтоугоу", "房山区": "Фаншань", "通州区": "Тунчжоу", "顺义区": "Шуньи",
    "昌平区": "Чанпин", "大兴区": "Дасин", "怀柔区": "Хуайжоу", "平谷区": "Пингу", "密云区": "Миюнь",
    "延庆区": "Яньцин",
    "密云水库": "вдхр. Миюнь", "官厅水库": "вдхр. Гуаньтин", "桑干河": "Сангань", "永定河": "Юндинхэ",
    "滦河": "Луаньхэ", "温榆河": "Вэньюйхэ", "潮白河": "Чаобайхэ", "北运河": "Бэйюньхэ",
}

WATER_KINDS = {"reservoir": 0, "river": 1, "canal": 2}
STATION_KINDS = {"rail": 0, "subway": 1, "tram": 2, "monorail": 3}
# A GeoNames populated place this large is the town of a district (Tongzhou, Shunyi, Daxing...), not a village.
DISTRICT_TOWN_POPULATION = 50000


class Writer:
    def __init__(self):
        self.buf = io.BytesIO()

    def u8(self, v):
        self.buf.write(bytes([v]))

    def varint(self, v):
        if v < 0:
            raise ValueError("negative varint")
        while True:
            b = v & 0x7F
            v >>= 7
            if v:
                self.buf.write(bytes([b | 0x80]))
            else:
                self.buf.write(bytes([b]))
                return

    def zigzag(self, v):
        self.varint((v << 1) ^ (v >> 63) if v < 0 else v << 1)

    def string(self, s):
        data = (s or "").encode("utf-8")
        self.varint(len(data))
        self.buf.write(data)

    def point(self, lon, lat):
        self.zigzag(round(lon * SCALE))
        self.zigzag(round(lat * SCALE))

    def geometry(self, geom):
        t = geom["type"]
        state = [0, 0]

        def coords(points):
            self.varint(len(points))
            for lon, lat in points:
                x, y = round(lon * SCALE), round(lat * SCALE)
                self.zigzag(x - state[0])
                self.zigzag(y - state[1])
                state[0], state[1] = x, y

        if t in ("Polygon", "MultiPolygon"):
            polys = [geom["coordinates"]] if t == "Polygon" else geom["coordinates"]
            self.u8(1)
            self.varint(len(polys))
            for rings in polys:
                self.varint(len(rings))
                for ring in rings:
                    if ring[0] != ring[-1]:
                        ring = ring + [ring[0]]
                    coords(ring)
        elif t in ("LineString", "MultiLineString"):
            lines = [geom["coordinates"]] if t == "LineString" else geom["coordinates"]
            self.u8(2)
            self.varint(len(lines))
            for line in lines:
                coords(line)
        else:
            raise ValueError("unsupported geometry " + t)


def features(pack, name):
    with open(os.path.join(pack, name), encoding="utf-8") as f:
        return json.load(f)["features"]


def place_rank(p):
    kind = p["kind"]
    if kind == "capital":
        return 0
    if kind in ("prefecture_seat", "county_seat"):
        return 1
    if kind == "populated_place" and (p.get("population") or 0) >= DISTRICT_TOWN_POPULATION:
        return 1
    if kind == "township_seat":
        return 2
    return 3


def build(pack):
    w = Writer()
    w.buf.write(MAGIC)
    w.u8(VERSION)

    districts = features(pack, "districts.geojson")
    w.varint(len(districts))
    for f in districts:
        p = f["properties"]
        w.varint(int(p["adcode"]))
        w.string(p["name_zh"])
        w.string(p["name_en"])
        w.string(RUSSIAN.get(p["name_zh"], ""))
        w.geometry(f["geometry"])

    outline = features(pack, "beijing-outline.geojson")
    w.varint(len(outline))
    for f in outline:
        w.geometry(f["geometry"])

    water = features(pack, "water.geojson")
    w.varint(len(water))
    for f in water:
        p = f["properties"]
        w.u8(WATER_KINDS[p["kind"]])
        w.string(p.get("name_zh"))
        w.string(p.get("name_en"))
        w.string(RUSSIAN.get(p.get("name_zh") or "", ""))
        w.geometry(f["geometry"])

    urban = features(pack, "urban.geojson")
    w.varint(len(urban))
    for f in urban:
        w.geometry(f["geometry"])

    places = features(pack, "places.geojson")
    w.varint(len(places))
    for f in places:
        p = f["properties"]
        w.u8(place_rank(p))
        w.u8(1 if p.get("in_beijing") else 0)
        w.varint(p.get("population") or 0)
        w.string(p.get("name_zh"))
        w.string(p.get("name_en"))
        lon, lat = f["geometry"]["coordinates"]
        w.point(lon, lat)

    stations = features(pack, "stations.geojson")
    w.varint(len(stations))
    for f in stations:
        p = f["properties"]
        w.u8(STATION_KINDS[p["kind"]])
        w.string(p.get("name_zh") or p.get("name"))
        lon, lat = f["geometry"]["coordinates"]
        w.point(lon, lat)
    return w.buf.getvalue(), {
        "districts": len(districts), "outline": len(outline), "water": len(water), "urban": len(urban),
        "places": len(places), "stations": len(stations)}


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pack = argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, "..", "..", "src", "main", "resources", "org", "zgcparks", "explorer", "basemap")
    out = argv[2] if len(argv) > 2 else os.path.normpath(default_out)
    os.makedirs(out, exist_ok=True)
    raw, counts = build(pack)
    # mtime=0: the same pack always gives the same bytes
    data = gzip.compress(raw, compresslevel=9, mtime=0)
    with open(os.path.join(out, "beijing-basemap.bin"), "wb") as f:
        f.write(data)
    with open(os.path.join(out, "ATTRIBUTION.txt"), "w", encoding="utf-8") as f:
        f.write(ATTRIBUTION + "\n")
    with open(os.path.join(out, "ATTRIBUTION-SHORT.txt"), "w", encoding="utf-8") as f:
        f.write(ATTRIBUTION_SHORT + "\n")
    print("beijing-basemap.bin: %d bytes (%d before gzip); %s" % (len(data), len(raw), counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
