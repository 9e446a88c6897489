from app.registry import record
record(__name__)
from .. import auth, billing
ROUTES = {
    '/login': lambda: auth.login('ann').describe(),
    '/bill': lambda: billing.bill('bob', [1, 2, 3]),
}
