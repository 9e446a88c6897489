print('gpkg.real runs'); WHO = 'gpkg.real module'
