"""Shared helpers for zoneinfo: the not-found error and the TZif reader."""

import struct


class ZoneInfoNotFoundError(KeyError):
    """Raised when no time zone can be found for a key."""


def _read_block(data, pos, timesize):
    """Parse one TZif header+data block starting at pos."""
    if data[pos:pos + 4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[pos + 4]
    (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt) = struct.unpack(
        ">6l", data[pos + 20:pos + 44]
    )
    pos += 44
    tfmt = ">%d%s" % (timecnt, "q" if timesize == 8 else "l")
    trans = list(struct.unpack(tfmt, data[pos:pos + timecnt * timesize]))
    pos += timecnt * timesize
    idxs = list(data[pos:pos + timecnt])
    if len(idxs) != timecnt:
        raise ValueError("Invalid TZif file: truncated data")
    pos += timecnt
    types = []
    for i in range(typecnt):
        off, isdst, abbrind = struct.unpack(">lBB", data[pos:pos + 6])
        types.append((off, isdst, abbrind))
        pos += 6
    chars = data[pos:pos + charcnt]
    pos += charcnt
    pos += leapcnt * (timesize + 4)
    pos += isstdcnt + isutcnt
    abbrs = []
    for off, isdst, abbrind in types:
        end = chars.find(b"\x00", abbrind)
        if end < 0:
            end = len(chars)
        abbrs.append(chars[abbrind:end].decode())
    return version, pos, trans, idxs, types, abbrs


def load_data(fobj):
    """Read a TZif stream; return (trans_utc, trans_idx, utcoffs, isdsts, abbrs, footer)."""
    data = fobj.read()
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version, pos, trans, idxs, types, abbrs = _read_block(data, 0, 4)
    footer = None
    if version != 0:
        version, pos, trans, idxs, types, abbrs = _read_block(data, pos, 8)
        rest = data[pos:]
        if rest[:1] == b"\n":
            end = rest.find(b"\n", 1)
            if end < 0:
                end = len(rest)
            footer = rest[1:end]
    utcoffs = [t[0] for t in types]
    isdsts = [t[1] for t in types]
    return trans, idxs, utcoffs, isdsts, abbrs, footer
