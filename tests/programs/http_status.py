import http
from http import HTTPStatus as S, HTTPMethod as M
print(repr(S.OK), str(S.OK), format(S.OK), f'{S.OK:>5}', S.OK == 200, S(404), S['OK'], S.OK.name, S.OK.value)
print(repr(M.GET), str(M.GET), M.GET == 'GET', M('GET'), M.GET.value, M.GET.name, M.GET.description, type(M.GET.description))
print(S.OK.is_success, S.OK.is_informational, S.CONTINUE.is_informational)
for e in [lambda: S(999), lambda: M('get'), lambda: S['FOO'], lambda: S('200')]:
  try: e()
  except Exception as x: print(type(x).__name__, x)
print(list(S)[:3], M.__members__.keys())
print(S.mro(), M.mro())
print(isinstance(S.OK,int), S.OK+1, hash(S.OK)==hash(200), M.GET.lower())
for s in S: print(s.value, s.name, repr(s.phrase), repr(s.description), s.is_informational, s.is_success, s.is_redirection, s.is_client_error, s.is_server_error)
for m in M: print(repr(m), m, m.description)
print(len(S), len(M), http.__all__, sorted(x for x in dir(http) if not x.startswith('_')))
print(S.NOT_FOUND + 0, type(S.NOT_FOUND + 0), S.OK < S.CREATED, sorted([S.GONE, S.OK]), max(S))
print({S.OK: 1}[200], M.POST in ('POST',), M.PUT + '!', f'{M.PUT}', '%s %d' % (S.OK, S.OK))
print(S(200) is S.OK, S.IM_A_TEAPOT.phrase, S.TOO_MANY_REQUESTS.description)
print([s.name for s in S if s.is_redirection])
print([int(s) for s in S if s.is_server_error])
print(M['PATCH'], M('TRACE') is M.TRACE, sorted(M)[:3], 'GET' in M.__members__)
print(isinstance(M.GET, str), M.HEAD.upper(), M.OPTIONS.startswith('OPT'), len(M.DELETE))
print(S.__name__, M.__name__, S.__module__, M.__module__, S.OK.__class__.__name__)
try:
    S.OK = 3
except AttributeError as e:
    print(type(e).__name__, e)
print({s: s.phrase for s in [S.OK, S.NOT_FOUND]})
