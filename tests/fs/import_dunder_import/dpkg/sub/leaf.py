LEAF = 'dpkg.sub.leaf.LEAF'
