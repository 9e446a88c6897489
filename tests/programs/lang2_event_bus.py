# An event bus: handlers registered via decorators and __init_subclass__, weak method references, priorities.
import weakref


class Event:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.event_name = name or cls.__name__.lower()
        Event.registry[cls.event_name] = cls

    def __init__(self, **data):
        self.data = data
        self.handled_by = []
        self.stopped = False

    def stop(self):
        self.stopped = True

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items()))
        return f"{type(self).__name__}({fields})"


class UserCreated(Event, name="user.created"):
    pass


class UserDeleted(Event, name="user.deleted"):
    pass


class OrderPlaced(Event):
    pass


class Bus:
    def __init__(self):
        self._handlers = {}
        self._seq = 0

    def on(self, event_cls, *, priority=0):
        def register(fn):
            self.subscribe(event_cls, fn, priority=priority)
            return fn
        return register

    def subscribe(self, event_cls, handler, *, priority=0):
        self._seq += 1
        if hasattr(handler, "__self__") and hasattr(handler, "__func__"):
            ref = weakref.WeakMethod(handler)
            kind = "method"
        else:
            ref = lambda h=handler: h
            kind = "function"
        self._handlers.setdefault(event_cls.event_name, []).append((-priority, self._seq, ref, kind))

    def publish(self, event):
        results = []
        for key in {type(event).event_name, "*"}:
            pass
        handlers = sorted(self._handlers.get(type(event).event_name, []) + self._handlers.get("*", []), key=lambda h: (h[0], h[1]))
        alive = []
        for prio, seq, ref, kind in handlers:
            fn = ref()
            if fn is None:
                continue
            alive.append((prio, seq, ref, kind))
            if event.stopped:
                continue
            try:
                results.append(fn(event))
            except Exception as exc:
                exc.add_note(f"while handling {event!r}")
                results.append(f"error: {type(exc).__name__}: {exc} {exc.__notes__}")
            event.handled_by.append(getattr(fn, "__qualname__", "?"))
        self._handlers[type(event).event_name] = [h for h in alive if h in self._handlers.get(type(event).event_name, [])]
        return results

    def count(self, event_cls):
        return sum(1 for *_, ref, kind in self._handlers.get(event_cls.event_name, []) if ref() is not None)


bus = Bus()


class Wildcard:
    event_name = "*"


@bus.on(UserCreated, priority=10)
def validate(event):
    if "@" not in event.data.get("email", ""):
        event.stop()
        return f"rejected {event.data.get('email')!r}"
    return "valid"


@bus.on(UserCreated)
def welcome(event):
    return f"welcome {event.data['name']}"


@bus.on(OrderPlaced, priority=5)
def check_stock(event):
    if event.data["qty"] > 10:
        raise ValueError(f"only 10 in stock, wanted {event.data['qty']}")
    return "stock ok"


@bus.on(Wildcard, priority=-100)
def audit(event):
    return f"audit {type(event).__name__}"


class Mailer:
    def __init__(self, name):
        self.name = name
        self.sent = []

    def on_user(self, event):
        self.sent.append(event.data["name"])
        return f"{self.name} mailed {event.data['name']}"


mailer = Mailer("smtp")
bus.subscribe(UserCreated, mailer.on_user, priority=1)
print(sorted(Event.registry), UserCreated.event_name, OrderPlaced.event_name)
print(bus.publish(UserCreated(name="ann", email="ann@example.com")))
print(bus.publish(UserCreated(name="bob", email="bob-at-example")))
ev = OrderPlaced(qty=3, sku="X1")
print(bus.publish(ev), ev.handled_by)
print(bus.publish(OrderPlaced(qty=50, sku="X2")))
print(bus.publish(UserDeleted(name="ann")))
print("handlers before del:", bus.count(UserCreated))
del mailer
print("handlers after del:", bus.count(UserCreated))
print(bus.publish(UserCreated(name="cy", email="cy@x")))
try:
    class Dup(Event, name="user.created", extra=1):
        pass
except TypeError as e:
    print("TypeError", e)
print(sorted(Event.registry), Event.registry["user.created"].__name__)
