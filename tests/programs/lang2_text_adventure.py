# A scripted text adventure: rooms as classes, match-based parser, generator-driven events, inventory rules.

class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Item:
    def __init__(self, name, weight, *, usable_on=None):
        self.name, self.weight, self.usable_on = name, weight, usable_on

    def __repr__(self):
        return f"<{self.name}>"

    def __eq__(self, other):
        return isinstance(other, Item) and other.name == self.name or other == self.name

    __hash__ = None


class Room:
    def __init__(self, name, description, items=(), exits=None, locked=None):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = dict(exits or {})
        self.locked = dict(locked or {})

    def __str__(self):
        parts = [f"== {self.name} ==", self.description]
        if self.items:
            parts.append("You see: " + ", ".join(i.name for i in self.items))
        parts.append("Exits: " + ", ".join(sorted(self.exits)) if self.exits else "No exits.")
        return "\n".join(parts)


class Player:
    MAX_WEIGHT = 10

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

    @property
    def load(self):
        return sum(i.weight for i in self.inventory)

    def find(self, name, where):
        for item in where:
            if item == name:
                return item
        return None


def build_world():
    hall = Room("Hall", "A dusty hall.", [Item("lamp", 2), Item("anvil", 50)])
    study = Room("Study", "Books everywhere.", [Item("key", 1, usable_on="vault")])
    vault = Room("Vault", "Gold glitters.", [Item("gold", 8)])
    hall.exits = {"north": study, "east": vault}
    hall.locked = {"east": "vault"}
    study.exits = {"south": hall}
    vault.exits = {"west": hall}
    return hall


def events():
    turn = 0
    while True:
        turn += 1
        command = yield turn
        if command and command.startswith("xyzzy"):
            yield "magic"


def handle(player, line, ev):
    player.moves += 1
    match line.lower().split():
        case ["look"] | ["l"]:
            return str(player.room)
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            if direction in player.room.locked:
                return f"The way {direction} is locked."
            nxt = player.room.exits.get(direction)
            if nxt is None:
                return f"You can't go {direction}."
            player.room = nxt
            if nxt.name == "Vault" and player.find("gold", player.inventory):
                raise GameOver(True, "You returned with the gold!")
            return str(nxt)
        case ["take", name]:
            item = player.find(name, player.room.items)
            if item is None:
                return f"No {name} here."
            if player.load + item.weight > Player.MAX_WEIGHT:
                return f"The {name} is too heavy (carrying {player.load})."
            player.room.items.remove(item)
            player.inventory.append(item)
            return f"Taken {name}."
        case ["drop", name]:
            item = player.find(name, player.inventory)
            if not item:
                return f"You don't have {name}."
            player.inventory.remove(item)
            player.room.items.append(item)
            return f"Dropped {name}."
        case ["use", name, "on", target] | ["use", name, target]:
            item = player.find(name, player.inventory)
            if item is None:
                return f"You don't have {name}."
            for direction, lock in list(player.room.locked.items()):
                if lock == target and item.usable_on == target:
                    del player.room.locked[direction]
                    return f"The {target} unlocks."
            return "Nothing happens."
        case ["inventory" | "i"]:
            return f"Carrying {player.inventory or 'nothing'} ({player.load}/{Player.MAX_WEIGHT})"
        case ["xyzzy", *_]:
            turn = ev.send(line)
            return f"A hollow voice says {next(ev)!r} on turn {turn}."
        case ["quit"]:
            raise GameOver(False, "You gave up.")
        case []:
            return "Say something."
        case [verb, *rest]:
            return f"I don't know how to {verb!r}" + (f" with {len(rest)} words." if rest else ".")


script = ["look", "take anvil", "take lamp", "east", "north", "take key", "i", "south",
          "use key on vault", "east", "take gold", "dance wildly", "", "xyzzy now", "drop lamp",
          "take gold", "west", "go east"]
player = Player(build_world())
ev = events()
next(ev)
try:
    for line in script:
        print(f"> {line}")
        print(handle(player, line, ev))
    handle(player, "quit", ev)
except GameOver as over:
    print("GAME OVER:", over, "| won:", over.won, "| moves:", player.moves)
print(player.inventory, player.load, [i.name for i in build_world().items])
print(Item("x", 1) == "x", Item("x", 1) == Item("x", 2), "x" == Item("x", 1))
try:
    {Item("x", 1)}
except TypeError as e:
    print("TypeError", e)
