D = 'rel.sub2.delta.D'
