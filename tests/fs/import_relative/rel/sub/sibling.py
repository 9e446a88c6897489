S = 'rel.sub.sibling.S'
