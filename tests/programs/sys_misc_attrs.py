# The sys functions and constants programs probe: finalizing state, hooks, switch interval,
# trace/profile getters, coroutine origin tracking.
import sys

names = ["is_finalizing", "unraisablehook", "__unraisablehook__", "breakpointhook",
         "__breakpointhook__", "settrace", "gettrace", "setprofile", "getprofile",
         "getswitchinterval", "setswitchinterval", "float_repr_style", "_xoptions",
         "get_coroutine_origin_tracking_depth", "set_coroutine_origin_tracking_depth",
         "thread_info", "api_version", "abiflags", "call_tracing", "_current_frames"]
print([n for n in names if not hasattr(sys, n)])
print(sys.is_finalizing(), sys.gettrace(), sys.getprofile())
sys.settrace(None)
sys.setprofile(None)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError", e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)
print(sys.float_repr_style, sys._xoptions, type(sys.api_version).__name__)
print(sys.call_tracing(max, (3, 9, 4)))
print(sys.unraisablehook is sys.__unraisablehook__, sys.breakpointhook is sys.__breakpointhook__)
print(type(sys._current_frames()).__name__)


class Noisy:
    def __del__(self):
        raise ValueError("from __del__")


seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.err_msg,
                 type(args.object).__name__))


sys.unraisablehook = hook
n = Noisy()
del n
print(seen)
sys.unraisablehook = sys.__unraisablehook__


class Finalizing:
    def __del__(self):
        print("in __del__, finalizing:", sys.is_finalizing())


keep = Finalizing()
del keep
print("end")
