WHO = 'plainmod.child from plain_sub_dir'
