# WASI-only: pyrs on WASI is the reference here (CPython on WASI would say 'wasi' and
# 'CPython'); the values are what pyrs's platform module reports. Expected: platform_wasi.expected.
import platform

print(platform.system(), platform.machine(), repr(platform.node()))
print(repr(platform.release()), platform.version(), repr(platform.processor()))
print(platform.uname())
print(list(platform.uname()))
print(platform.platform(), platform.platform(terse=True), platform.platform(aliased=True))
print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.architecture(), platform.libc_ver())
print(repr(platform.python_branch()), repr(platform.python_revision()))
try:
    platform.freedesktop_os_release()
except OSError as e:
    print(type(e).__name__, e.errno, e)
