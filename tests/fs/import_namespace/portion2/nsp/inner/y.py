Y = 'inner y in portion2'
from ..a import A as AA
