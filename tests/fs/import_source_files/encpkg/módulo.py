NAME = "nom"
