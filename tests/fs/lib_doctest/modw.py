def nodocs(): pass
