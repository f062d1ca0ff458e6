def demo_steps():
    return []
