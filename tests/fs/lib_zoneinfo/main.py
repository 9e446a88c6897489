# zoneinfo over a few zone files of the system's database copied here: offsets, DST and
# names across a century (the table and the POSIX rule after it), folds and gaps, the
# caches, from_file, pickling, the errors.
import os
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone

zoneinfo.reset_tzpath([os.path.abspath('tzdata')])
ZONES = ['America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Europe/Dublin',
         'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']
for key in ZONES:
    z = zoneinfo.ZoneInfo(key)
    print(repr(z), str(z), z is zoneinfo.ZoneInfo(key))
    dt = datetime(1900, 1, 1)
    while dt < datetime(2060, 1, 1):
        for fold in (0, 1):
            d = dt.replace(tzinfo=z, fold=fold)
            print(d.isoformat(), d.utcoffset(), d.dst(), d.tzname())
        u = dt.replace(tzinfo=timezone.utc).astimezone(z)
        print('U', u.isoformat(), u.fold, u.tzname())
        dt += timedelta(hours=4999)
ny = zoneinfo.ZoneInfo('America/New_York')
for d in (datetime(2023, 3, 12, 2, 30), datetime(2023, 11, 5, 1, 30)):
    for fold in (0, 1):
        x = d.replace(tzinfo=ny, fold=fold)
        print(x, x.utcoffset(), x.astimezone(timezone.utc), x.timestamp())
print(datetime(2023, 6, 1, tzinfo=ny) == datetime(2023, 6, 1, 5, tzinfo=zoneinfo.ZoneInfo('UTC')))
nc = zoneinfo.ZoneInfo.no_cache('America/New_York')
print(nc is ny, nc == ny, repr(nc))
zoneinfo.ZoneInfo.clear_cache(only_keys=['America/New_York'])
print(zoneinfo.ZoneInfo('America/New_York') is ny)
print(pickle.loads(pickle.dumps(zoneinfo.ZoneInfo('Europe/London'))) is zoneinfo.ZoneInfo('Europe/London'))
with open('tzdata/Asia/Kolkata', 'rb') as f:
    ff = zoneinfo.ZoneInfo.from_file(f, key='Custom')
print(repr(ff), str(ff), datetime(2000, 1, 1, tzinfo=ff).utcoffset())
try:
    pickle.dumps(ff)
except Exception as e:
    print(type(e).__name__, e)
for bad in ('Nowhere/City', '../etc/passwd', '/abs', 'America/../UTC', ''):
    try:
        zoneinfo.ZoneInfo(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in (['relative'], 'str'):
    try:
        zoneinfo.reset_tzpath(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(zoneinfo.available_timezones()))
print(zoneinfo.__all__)
