TEXT = "bad ÿ byte"
