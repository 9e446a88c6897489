# http.client's constants and responses table (the parts that need no sockets).
import http.client as client
from http import HTTPStatus

print(client.HTTP_PORT, client.HTTPS_PORT)
print(repr(client.OK), client.NOT_FOUND == 404, client.IM_A_TEAPOT is HTTPStatus.IM_A_TEAPOT)
print(len(client.responses), client.responses[200], client.responses[404], client.responses[511])
print(list(client.responses.items())[:4])
print(all(client.responses[s] == s.phrase for s in HTTPStatus))
print(sorted(k for k in client.responses)[-3:])
print([getattr(client, s.name) for s in HTTPStatus][:5])
print('responses' in client.__all__)
