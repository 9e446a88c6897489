import asyncio
import io
import re
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append('asyncSetUp')

    def setUp(self):
        events.append('setUp')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

    async def test_sleep(self):
        await asyncio.sleep(0)
        self.addAsyncCleanup(self.cleanup, 'async cleanup')
        events.append('test_sleep')

    async def cleanup(self, tag):
        events.append(tag)

    async def test_gather(self):
        async def double(x):
            await asyncio.sleep(0)
            return x * 2
        got = await asyncio.gather(double(1), double(2))
        self.assertEqual(got, [2, 4])
        events.append('test_gather')

    def test_sync(self):
        events.append('test_sync')

    async def test_fails(self):
        events.append('test_fails')
        self.assertEqual(1, 0)


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests)
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r'in \d+\.\d+s', 'in 0.000s', stream.getvalue())
print(text.split('=' * 70)[0], end='')
print(text.splitlines()[-1])
print(res.testsRun, len(res.failures), res.failures[0][1].splitlines()[-1])
for e in events:
    print(e)
