def safe(f):
    try:
        return f()
    except (ValueError, TypeError) as e:
        return str(e)
    finally:
        print("done")
